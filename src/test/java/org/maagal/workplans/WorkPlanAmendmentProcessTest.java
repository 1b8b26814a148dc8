package org.maagal.workplans;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;

/**
 * Every path of {@code work-plan-amendment}: the department drafts and submits the amendment, the checks, then a
 * review path sized to it — the strategy unit alone, with finance, with finance and the CEO, or the CEO alone — each
 * reviewer able to return it; approval makes it the plan in force.
 */
@Deployment(resources = "work-plan-amendment.bpmn")
class WorkPlanAmendmentProcessTest {

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(WorkPlansProcess.AMENDMENT_PROCESS_ID);

  Stub showWorkPlanSummary;
  Stub submitWorkPlan;
  Stub checkWorkPlan;
  Stub sizeAmendment;
  Stub reviewWorkPlan;
  Stub approveAmendment;

  @BeforeEach
  void stubTheFeature() {
    showWorkPlanSummary = Stub.register("showWorkPlanSummary");
    submitWorkPlan = Stub.register("submitWorkPlan");
    checkWorkPlan = Stub.register("checkWorkPlan");
    sizeAmendment = Stub.register("sizeAmendment");
    reviewWorkPlan = Stub.register("reviewWorkPlan");
    approveAmendment = Stub.register("approveAmendment");
  }

  @Test
  void aSmallAmendmentIsTheStrategyUnitsAlone() {
    var amendment = start();
    assertThat(task()).hasCandidateGroup("dept-education").hasName("תיקון תכנית העבודה: מחלקת החינוך");
    submit(false, false);

    assertThat(amendment).isWaitingAt(WorkPlansProcess.ALIGNMENT_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit");
    review(true);

    assertThat(amendment).isEnded().hasPassed("approveAmendment").hasNotPassed(WorkPlansProcess.BUDGET_TASK);
    Assertions.assertThat(approveAmendment.calls()).hasSize(1);
  }

  @Test
  void moneyMovedGoesToFinanceAndAboveTheThresholdToTheCeo() {
    var amendment = start();
    submit(true, true);
    review(true);
    assertThat(amendment).isWaitingAt(WorkPlansProcess.BUDGET_TASK);
    assertThat(task()).hasCandidateGroup("finance");
    review(true);
    assertThat(amendment).isWaitingAt(WorkPlansProcess.CEO_TASK);
    assertThat(task()).hasCandidateGroup("ceo");
    review(true);

    assertThat(amendment).isEnded().hasPassed("approveAmendment");
    Assertions.assertThat(showWorkPlanSummary.calls()).containsExactly(WorkPlansProcess.DRAFT_TASK,
        WorkPlansProcess.ALIGNMENT_TASK, WorkPlansProcess.BUDGET_TASK, WorkPlansProcess.CEO_TASK);
  }

  @Test
  void moneyBelowTheThresholdEndsWithFinance() {
    var amendment = start();
    submit(true, false);
    review(true);
    review(true);

    assertThat(amendment).isEnded().hasNotPassed(WorkPlansProcess.CEO_TASK);
  }

  @Test
  void aRuleThatSendsAnAmendmentToTheCeoAloneIsFollowed() {
    var amendment = start();
    submit(false, true);
    review(true);

    assertThat(amendment).isWaitingAt(WorkPlansProcess.CEO_TASK).hasNotPassed(WorkPlansProcess.BUDGET_TASK);
  }

  @Test
  void aBlockingFindingAndEachReviewerReturnTheAmendmentToTheDepartment() {
    var amendment = start();
    checkWorkPlan.willSet(WorkPlansProcess.CHECKS_PASSED, false);
    complete(task());
    assertThat(amendment).isWaitingAt(WorkPlansProcess.DRAFT_TASK).hasNotPassed("sizeAmendment");

    submit(true, true);
    review(false);
    assertThat(amendment).isWaitingAt(WorkPlansProcess.DRAFT_TASK);
    submit(true, true);
    review(true);
    review(false);
    assertThat(amendment).isWaitingAt(WorkPlansProcess.DRAFT_TASK);
    submit(true, true);
    review(true);
    review(true);
    review(false);
    assertThat(amendment).isWaitingAt(WorkPlansProcess.DRAFT_TASK).isNotEnded();
    Assertions.assertThat(sizeAmendment.calls()).as("sized again at each submission").hasSize(3);
  }

  private ProcessInstance start() {
    var amendment = runtimeService().startProcessInstanceByKey(WorkPlansProcess.AMENDMENT_PROCESS_ID, "cycle-2031",
        withVariables("year", 2031, "departmentId", "education", WorkPlansProcess.DEPARTMENT_NAME, "מחלקת החינוך",
            WorkPlansProcess.AMENDMENT_NUMBER, 1));
    assertThat(amendment).isWaitingAt(WorkPlansProcess.DRAFT_TASK);
    return amendment;
  }

  /** The department submits; the checks pass; the sizing gives this path. */
  private void submit(boolean needsFinance, boolean needsCeo) {
    checkWorkPlan.willSet(WorkPlansProcess.CHECKS_PASSED, true);
    sizeAmendment.willSet(Map.of(WorkPlansProcess.AMENDMENT_NEEDS_FINANCE, needsFinance,
        WorkPlansProcess.AMENDMENT_NEEDS_CEO, needsCeo));
    complete(task(WorkPlansProcess.DRAFT_TASK));
  }

  /** The open review task is completed; its listener approves or returns the amendment. */
  private void review(boolean approved) {
    reviewWorkPlan.willSet(WorkPlansProcess.APPROVED, approved);
    complete(task());
  }
}
