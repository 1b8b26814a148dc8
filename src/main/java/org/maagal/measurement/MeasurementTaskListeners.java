package org.maagal.measurement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.maagal.cycle.CycleProcess;
import org.maagal.forms.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** What the department-measurement process calls: open the report, show its summary, submit it, record the validation. */
@Configuration(proxyBeanMethods = false)
class MeasurementTaskListeners {

  @Bean
  JavaDelegate openMeasurementReport(MeasurementService measurement) {
    return execution -> measurement.open(year(execution), department(execution), round(execution));
  }

  @Bean
  TaskListener showMeasurementSummary(MeasurementService measurement) {
    return task -> task.getExecution().setVariable(MeasurementProcess.SUMMARY,
        measurement.summary(year(task), department(task), round(task)));
  }

  @Bean
  TaskListener submitMeasurementReport(MeasurementService measurement) {
    return task -> measurement.submit(year(task), department(task), round(task), FormValues.of(task).actor());
  }

  @Bean
  TaskListener validateMeasurementReport(MeasurementService measurement) {
    return task -> {
      var form = FormValues.of(task);
      boolean accepted = "accept".equals(form.text(MeasurementProcess.DECISION));
      measurement.review(year(task), department(task), round(task), accepted,
          form.text(MeasurementProcess.REVIEW_COMMENTS), form.actor());
      task.getExecution().setVariable(MeasurementProcess.ACCEPTED, accepted);
    };
  }

  private static int year(VariableScope scope) {
    return ((Number) scope.getVariable(CycleProcess.YEAR)).intValue();
  }

  private static String department(VariableScope scope) {
    return (String) scope.getVariable(CycleProcess.DEPARTMENT_ID);
  }

  private static Round round(VariableScope scope) {
    return Round.valueOf((String) scope.getVariable(MeasurementProcess.ROUND));
  }

  /** Keeps the summary in the department's open task up to date while the report is filled on the page. */
  @Component
  static class SummaryRefresh {

    private final RuntimeService runtime;
    private final MeasurementService measurement;

    SummaryRefresh(RuntimeService runtime, MeasurementService measurement) {
      this.runtime = runtime;
      this.measurement = measurement;
    }

    @EventListener
    void on(ReportFilled filled) {
      var summary = measurement.summary(filled.year(), filled.departmentId(), filled.round());
      runtime.createProcessInstanceQuery().processDefinitionKey(MeasurementProcess.DEPARTMENT_PROCESS_ID)
          .variableValueEquals(CycleProcess.YEAR, filled.year())
          .variableValueEquals(CycleProcess.DEPARTMENT_ID, filled.departmentId())
          .variableValueEquals(MeasurementProcess.ROUND, filled.round().name()).active().list()
          .forEach(instance -> runtime.setVariable(instance.getId(), MeasurementProcess.SUMMARY, summary));
    }
  }
}
