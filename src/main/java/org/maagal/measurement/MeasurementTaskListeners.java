package org.maagal.measurement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.Map;
import org.maagal.facts.Fact;
import org.maagal.facts.Facts;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the department-measurement process calls: open the report, show its summary, submit it, record the validation. */
@Configuration(proxyBeanMethods = false)
class MeasurementTaskListeners {

  /**
   * A round is over when the flow leaves its departments' reports: the semi-annual one on its way to the annual
   * round's day, the annual one on its way to the end. Other features hear it ({@link RoundClosed}).
   */
  @Bean
  ExecutionListener announceRoundClosed(ApplicationEventPublisher events, ProcessFacts facts) {
    return execution -> events.publishEvent(new RoundClosed(facts.of(execution).year(),
        MeasurementProcess.ANNUAL_CLOSED_FLOW.equals(execution.getCurrentTransitionId()) ? Round.ANNUAL
            : Round.SEMI_ANNUAL));
  }

  @Bean
  JavaDelegate openMeasurementReport(MeasurementService measurement, ProcessFacts facts) {
    return execution -> {
      var report = Report.of(facts.of(execution));
      measurement.open(report.year(), report.departmentId(), report.round());
    };
  }

  @Bean
  TaskListener showMeasurementSummary(MeasurementService measurement, ProcessFacts facts) {
    return task -> {
      var report = Report.of(facts.of(task));
      task.getExecution().setVariable(MeasurementProcess.SUMMARY,
          measurement.summary(report.year(), report.departmentId(), report.round()));
    };
  }

  @Bean
  TaskListener submitMeasurementReport(MeasurementService measurement, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var report = Report.of(facts.of(task));
      form.requireCallerIn(Organization.departmentGroupId(report.departmentId()));
      measurement.submit(report.year(), report.departmentId(), report.round(), form.actor());
    };
  }

  @Bean
  TaskListener validateMeasurementReport(MeasurementService measurement, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      var report = Report.of(facts.of(task));
      boolean accepted = "accept".equals(form.text(MeasurementProcess.DECISION));
      measurement.review(report.year(), report.departmentId(), report.round(), accepted,
          form.text(MeasurementProcess.REVIEW_COMMENTS), form.actor());
      task.getExecution().setVariable(MeasurementProcess.ACCEPTED, accepted);
    };
  }

  /** Which report a department-measurement instance is about, as the application recorded it. */
  private record Report(int year, String departmentId, Round round) {

    static Report of(Facts about) {
      return new Report(about.year(), about.departmentId(), Round.valueOf(about.text(Fact.ROUND)));
    }
  }

  /** Keeps the summary in the department's open task up to date while the report is filled on the page. */
  @Component
  static class SummaryRefresh {

    private final RuntimeService runtime;
    private final MeasurementService measurement;
    private final ProcessFacts facts;

    SummaryRefresh(RuntimeService runtime, MeasurementService measurement, ProcessFacts facts) {
      this.runtime = runtime;
      this.measurement = measurement;
      this.facts = facts;
    }

    @EventListener
    void on(ReportFilled filled) {
      var summary = measurement.summary(filled.year(), filled.departmentId(), filled.round());
      var instances = facts.instancesAbout(Map.of(Fact.YEAR, filled.year(), Fact.DEPARTMENT_ID, filled.departmentId(),
          Fact.ROUND, filled.round().name()));
      if (instances.isEmpty()) {
        return;
      }
      runtime.createProcessInstanceQuery().processDefinitionKey(MeasurementProcess.DEPARTMENT_PROCESS_ID)
          .processInstanceIds(instances).active().list()
          .forEach(instance -> runtime.setVariable(instance.getId(), MeasurementProcess.SUMMARY, summary));
    }
  }
}
