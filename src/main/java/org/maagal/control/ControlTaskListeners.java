package org.maagal.control;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormText;
import org.maagal.forms.FormValues;
import org.maagal.meetings.CommitteeAgenda;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the mid-year control processes call: flag the deviations, show each to its department, store its cause and
 * corrective action, and the strategy unit's conclusions, which put the report on the steering committee's agenda.
 * The year and the deviation are the application's record of the process ({@link ProcessFacts}), never a variable.
 */
@Configuration(proxyBeanMethods = false)
class ControlTaskListeners {

  @Bean
  JavaDelegate flagDeviations(MidYearControl control, ProcessFacts facts) {
    return execution -> control.flag(facts.of(execution).year());
  }

  /** The department's task names its deviation and shows what shows it. */
  @Bean
  TaskListener showDeviation(MidYearControl control, ProcessFacts facts) {
    return task -> {
      var deviation = control.deviation(facts.of(task).number(Fact.DEVIATION_ID));
      String title = deviation.reason() + ": " + deviation.title();
      task.setName(FormText.taskName(title));
      task.setVariableLocal(ControlProcess.DEVIATION_TITLE, title);
      task.setVariableLocal(ControlProcess.DEVIATION_DETAIL, deviation.detail() == null ? "" : deviation.detail());
    };
  }

  @Bean
  TaskListener explainDeviation(MidYearControl control, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      form.requireCallerIn(Organization.departmentGroupId(about.departmentId()));
      control.explain(about.number(Fact.DEVIATION_ID), about.departmentId(), form.text(ControlProcess.CAUSE),
          form.text(ControlProcess.CORRECTIVE_ACTION), form.date(ControlProcess.ACTION_DUE), form.actor());
    };
  }

  @Bean
  TaskListener showControlSummary(MidYearControl control, ProcessFacts facts) {
    return task -> task.setVariableLocal(ControlProcess.SUMMARY,
        ControlText.summary(control.whole(facts.of(task).year())));
  }

  /** The conclusions close the report, and it goes on the steering committee's next agenda. */
  @Bean
  TaskListener compileControlReport(MidYearControl control, CommitteeAgenda agenda, Organization organization,
      ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      int year = facts.of(task).year();
      control.compile(year, form.text(ControlProcess.CONCLUSIONS), form.actor());
      var whole = control.whole(year);
      agenda.inform(organization.steeringCommittee().id(), year,
          "דוח בקרת אמצע שנה " + year + ": " + whole.deviations().size() + " חריגות ופעולות מתקנות",
          ControlText.summary(whole), ControlPage.of(year));
    };
  }
}
