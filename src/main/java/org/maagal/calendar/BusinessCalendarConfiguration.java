package org.maagal.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BusinessCalendarProperties.class)
class BusinessCalendarConfiguration {

  @Bean
  IsraeliBusinessCalendar israeliBusinessCalendar(BusinessCalendarProperties properties) {
    return new IsraeliBusinessCalendar(properties.holidayRules());
  }
}
