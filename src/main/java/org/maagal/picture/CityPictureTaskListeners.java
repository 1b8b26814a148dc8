package org.maagal.picture;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.organization.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the situation assessment's close calls: the strategy unit's summary closes the city's picture of the year. */
@Configuration(proxyBeanMethods = false)
class CityPictureTaskListeners {

  static final String SUMMARY = "pictureSummary";

  @Bean
  TaskListener closeCityPicture(CityPictureService pictures, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      pictures.close(facts.of(task).year(), form.text(SUMMARY), form.actor());
    };
  }
}
