package org.maagal.workplans;

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

/** Every path of {@code department-work-plan}: the automatic checks, and each reviewer approving or returning. */
@Deployment(resources = "department-work-plan.bpmn")
class DepartmentWorkPlanProcessTest {

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(WorkPlansProcess.DEPARTMENT_PROCESS_ID);

  Stub openWorkPlan;
  Stub showWorkPlanSummary;
  Stub submitWorkPlan;
  Stub checkWorkPlan;
  Stub reviewWorkPlan;

  @BeforeEach
  void stubTheFeature() {
    openWorkPlan = Stub.register("openWorkPlan");
    showWorkPlanSummary = Stub.register("showWorkPlanSummary");
    submitWorkPlan = Stub.register("submitWorkPlan");
    checkWorkPlan = Stub.register("checkWorkPlan");
    reviewWorkPlan = Stub.register("reviewWorkPlan");
  }

  @Test
  void aPlanEveryReviewerApprovesEnds() {
    var plan = start();
    assertThat(plan).isWaitingAt(WorkPlansProcess.DRAFT_TASK);
    assertThat(task()).hasCandidateGroup("dept-education").hasName("תכנית עבודה: מחלקת החינוך");

    submitAndPassChecks();
    assertThat(plan).isWaitingAt(WorkPlansProcess.ALIGNMENT_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit");
    review(true);
    assertThat(plan).isWaitingAt(WorkPlansProcess.BUDGET_TASK);
    assertThat(task()).hasCandidateGroup("finance");
    review(true);
    assertThat(plan).isWaitingAt(WorkPlansProcess.CEO_TASK);
    assertThat(task()).hasCandidateGroup("ceo");
    review(true);

    assertThat(plan).isEnded().hasPassed("workPlanApproved");
    Assertions.assertThat(openWorkPlan.calls()).containsExactly("openWorkPlan");
    Assertions.assertThat(submitWorkPlan.calls()).containsExactly(WorkPlansProcess.DRAFT_TASK);
    // every task's form shows the plan's summary from the moment it opens
    Assertions.assertThat(showWorkPlanSummary.calls()).containsExactly(WorkPlansProcess.DRAFT_TASK,
        WorkPlansProcess.ALIGNMENT_TASK, WorkPlansProcess.BUDGET_TASK, WorkPlansProcess.CEO_TASK);
  }

  @Test
  void aBlockingFindingReturnsThePlanAtOnce() {
    var plan = start();

    checkWorkPlan.willSet(WorkPlansProcess.CHECKS_PASSED, false);
    complete(task());

    assertThat(plan).isWaitingAt(WorkPlansProcess.DRAFT_TASK).hasPassed("checkWorkPlan")
        .hasNotPassed(WorkPlansProcess.ALIGNMENT_TASK);
    submitAndPassChecks();
    assertThat(plan).isWaitingAt(WorkPlansProcess.ALIGNMENT_TASK);
  }

  @Test
  void theStrategyUnitReturnsThePlanToTheDepartment() {
    var plan = start();
    submitAndPassChecks();

    review(false);

    assertThat(plan).isWaitingAt(WorkPlansProcess.DRAFT_TASK).hasNotPassed(WorkPlansProcess.BUDGET_TASK);
    approveAgainFromTheDraft(plan);
  }

  @Test
  void financeReturnsThePlanToTheDepartment() {
    var plan = start();
    submitAndPassChecks();
    review(true);

    review(false);

    assertThat(plan).isWaitingAt(WorkPlansProcess.DRAFT_TASK).hasNotPassed(WorkPlansProcess.CEO_TASK);
    approveAgainFromTheDraft(plan);
  }

  @Test
  void ceoReturnsTheWorkPlan() {
    var plan = start();
    submitAndPassChecks();
    review(true);
    review(true);
    assertThat(plan).isWaitingAt(WorkPlansProcess.CEO_TASK);

    review(false);

    assertThat(plan).isWaitingAt(WorkPlansProcess.DRAFT_TASK).isNotEnded();
    approveAgainFromTheDraft(plan);
  }

  /** A returned plan goes the whole way again: the checks and every reviewer. */
  private void approveAgainFromTheDraft(ProcessInstance plan) {
    submitAndPassChecks();
    assertThat(plan).isWaitingAt(WorkPlansProcess.ALIGNMENT_TASK);
    review(true);
    assertThat(plan).isWaitingAt(WorkPlansProcess.BUDGET_TASK);
    review(true);
    assertThat(plan).isWaitingAt(WorkPlansProcess.CEO_TASK);
    review(true);
    assertThat(plan).isEnded();
  }

  private ProcessInstance start() {
    var plan = runtimeService().startProcessInstanceByKey(WorkPlansProcess.DEPARTMENT_PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.DEPARTMENT_ID, "education",
            CycleProcess.DEPARTMENT_NAME, "מחלקת החינוך"));
    assertThat(plan).isStarted();
    return plan;
  }

  private void submitAndPassChecks() {
    checkWorkPlan.willSet(WorkPlansProcess.CHECKS_PASSED, true);
    complete(task(WorkPlansProcess.DRAFT_TASK));
  }

  /** The open review task is completed; its listener approves or returns the plan. */
  private void review(boolean approved) {
    reviewWorkPlan.willSet(WorkPlansProcess.APPROVED, approved);
    complete(task());
  }
}
