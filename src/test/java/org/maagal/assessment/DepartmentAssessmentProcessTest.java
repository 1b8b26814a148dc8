package org.maagal.assessment;

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

/** Every path of {@code department-assessment}: nothing to report, accepted, returned for completion. */
@Deployment(resources = "department-assessment.bpmn")
class DepartmentAssessmentProcessTest {

  private static final String SUBMIT_TASK = "submitDepartmentAssessment";
  private static final String REVIEW_TASK = "reviewDepartmentAssessment";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(DepartmentAssessmentProcess.PROCESS_ID);

  Stub storeDepartmentAssessment;
  Stub reviewDepartmentAssessment;

  @BeforeEach
  void stubTheFeature() {
    storeDepartmentAssessment = Stub.register("storeDepartmentAssessment");
    reviewDepartmentAssessment = Stub.register("reviewDepartmentAssessment");
  }

  @Test
  void aDepartmentWithNothingToReportIsDoneAtOnce() {
    var assessment = start();
    assertThat(task()).hasCandidateGroup("dept-education").hasName("הערכת מצב: מחלקת החינוך");

    submit(true);

    assertThat(assessment).isEnded().hasPassed("nothingToReportEnd").hasNotPassed(REVIEW_TASK);
  }

  @Test
  void theStrategyUnitAcceptsTheAssessment() {
    var assessment = start();
    submit(false);
    assertThat(assessment).isWaitingAt(REVIEW_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit");

    review(false);

    assertThat(assessment).isEnded().hasPassed("assessmentAccepted");
    Assertions.assertThat(storeDepartmentAssessment.calls()).containsExactly(SUBMIT_TASK);
    Assertions.assertThat(reviewDepartmentAssessment.calls()).containsExactly(REVIEW_TASK);
  }

  @Test
  void aReturnedAssessmentGoesBackToTheDepartment() {
    var assessment = start();
    submit(false);

    review(true);

    assertThat(assessment).isWaitingAt(SUBMIT_TASK);
    assertThat(task()).hasCandidateGroup("dept-education");
    submit(false);
    review(false);
    assertThat(assessment).isEnded().hasPassed("assessmentAccepted");
    Assertions.assertThat(storeDepartmentAssessment.calls()).containsExactly(SUBMIT_TASK, SUBMIT_TASK);
  }

  private ProcessInstance start() {
    var assessment = runtimeService().startProcessInstanceByKey(DepartmentAssessmentProcess.PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.DEPARTMENT_ID, "education",
            CycleProcess.DEPARTMENT_NAME, "מחלקת החינוך"));
    assertThat(assessment).isWaitingAt(SUBMIT_TASK);
    return assessment;
  }

  /** The department submits; its listener says whether there was anything to report. */
  private void submit(boolean nothingToReport) {
    storeDepartmentAssessment.willSet(DepartmentAssessmentProcess.NOTHING_TO_REPORT, nothingToReport);
    complete(task(SUBMIT_TASK));
  }

  private void review(boolean returned) {
    reviewDepartmentAssessment.willSet(DepartmentAssessmentProcess.RETURNED, returned);
    complete(task(REVIEW_TASK));
  }
}
