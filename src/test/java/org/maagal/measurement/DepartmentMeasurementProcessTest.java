package org.maagal.measurement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.cycle.CycleProcess;

/** Every path of {@code department-measurement}: the strategy unit accepts the report, or returns it for correction. */
@Deployment(resources = "department-measurement.bpmn")
class DepartmentMeasurementProcessTest {

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(MeasurementProcess.DEPARTMENT_PROCESS_ID);

  Stub openMeasurementReport;
  Stub showMeasurementSummary;
  Stub submitMeasurementReport;
  Stub validateMeasurementReport;

  @BeforeEach
  void stubTheFeature() {
    openMeasurementReport = Stub.register("openMeasurementReport");
    showMeasurementSummary = Stub.register("showMeasurementSummary");
    submitMeasurementReport = Stub.register("submitMeasurementReport");
    validateMeasurementReport = Stub.register("validateMeasurementReport");
  }

  @Test
  void anAcceptedReportEnds() {
    var report = start();
    assertThat(report).isWaitingAt(MeasurementProcess.FILL_TASK);
    assertThat(task()).hasCandidateGroup("dept-education").hasName("מדידה חצי שנתית: מחלקת החינוך");
    complete(task());
    assertThat(report).isWaitingAt(MeasurementProcess.VALIDATE_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit").hasName("בדיקת מדידה חצי שנתית: מחלקת החינוך");

    validate(true);

    assertThat(report).isEnded().hasPassed("reportAccepted");
    Assertions.assertThat(openMeasurementReport.calls()).containsExactly("openReport");
    Assertions.assertThat(submitMeasurementReport.calls()).containsExactly(MeasurementProcess.FILL_TASK);
    Assertions.assertThat(showMeasurementSummary.calls())
        .containsExactly(MeasurementProcess.FILL_TASK, MeasurementProcess.VALIDATE_TASK);
  }

  @Test
  void aReturnedReportGoesBackToTheDepartment() {
    var report = start();
    complete(task(MeasurementProcess.FILL_TASK));

    validate(false);

    assertThat(report).isWaitingAt(MeasurementProcess.FILL_TASK);
    complete(task(MeasurementProcess.FILL_TASK));
    validate(true);
    assertThat(report).isEnded();
    Assertions.assertThat(openMeasurementReport.calls()).as("the report is opened once").hasSize(1);
    Assertions.assertThat(submitMeasurementReport.calls()).hasSize(2);
  }

  private ProcessInstance start() {
    var report = runtimeService().startProcessInstanceByKey(MeasurementProcess.DEPARTMENT_PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.DEPARTMENT_ID, "education",
            CycleProcess.DEPARTMENT_NAME, "מחלקת החינוך", "round", "SEMI_ANNUAL", "roundName", "מדידה חצי שנתית"));
    assertThat(report).isStarted();
    return report;
  }

  private void validate(boolean accepted) {
    validateMeasurementReport.willSet(MeasurementProcess.ACCEPTED, accepted);
    complete(task(MeasurementProcess.VALIDATE_TASK));
  }
}
