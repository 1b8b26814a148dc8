package org.maagal.meetings;

import org.maagal.calendar.IsraeliBusinessCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingsProperties.class)
class MeetingsConfiguration {

  @Bean
  MeetingCalendar meetingCalendar(IsraeliBusinessCalendar businessDays) {
    return new MeetingCalendar(businessDays);
  }
}
