package org.maagal.meetings;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormText;
import org.maagal.forms.FormValues;
import org.maagal.organization.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The beans {@code resident-application.bpmn} calls: the strategy unit's screening of an application. */
@Configuration(proxyBeanMethods = false)
class OpenCallListeners {

  /** The task names the call and shows the application as the resident wrote it. */
  @Bean
  TaskListener showApplication(ResidentCalls calls, ProcessFacts facts) {
    return task -> {
      var application = calls.application(facts.of(task).number(Fact.APPLICANT_ID));
      task.setName(FormText.taskName("פנייה מהקול הקורא: " + application.get("callRole") + " ("
          + application.get("callCommittee") + ")"));
      task.setVariablesLocal(application);
    };
  }

  /** Onto the list of candidates, or declined. */
  @Bean
  TaskListener screenApplication(ResidentCalls calls, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      String screening = form.text(MeetingsProcess.SCREENING);
      if (!"accept".equals(screening) && !"decline".equals(screening)) {
        throw FormValues.refuse(List.of("יש לבחור: לרשימת המועמדים, או לדחות את הפנייה"));
      }
      calls.screened(facts.of(task).number(Fact.APPLICANT_ID), "accept".equals(screening));
    };
  }
}
