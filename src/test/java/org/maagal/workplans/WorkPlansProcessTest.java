package org.maagal.workplans;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.maagal.ProcessPaths.fanOut;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.StubOrganization;
import org.maagal.cycle.CycleProcess;

/**
 * Every path of {@code work-plans}: every department's plan (in the job executor), then the book, which goes on the
 * steering committee's agenda and waits for its meeting's decision ({@code committeeDecided}): approved, or returned
 * for a new edition.
 */
@Deployment(resources = "work-plans.bpmn")
class WorkPlansProcessTest {

  private static final String DEPARTMENTS = "departmentWorkPlans";
  private static final String DECIDED = "committeeDecided";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(WorkPlansProcess.PROCESS_ID);

  Stub compileWorkPlanBook;
  Stub putBookOnSteeringAgenda;
  Stub decideWorkPlanBook;

  @BeforeEach
  void stubTheFeatures() {
    paths.deployStandIn(WorkPlansProcess.DEPARTMENT_PROCESS_ID);
    StubOrganization.register();
    compileWorkPlanBook = Stub.register("compileWorkPlanBook");
    putBookOnSteeringAgenda = Stub.register("putBookOnSteeringAgenda");
    decideWorkPlanBook = Stub.register("decideWorkPlanBook");
  }

  @Test
  void theBookIsCompiledOnceEveryDepartmentsPlanIsApproved() {
    var phase = start();
    assertThat(phase).isWaitingAt(fanOut(DEPARTMENTS));
    Assertions.assertThat(departmentPlans(phase)).as("started in the job executor, not at once").isEmpty();

    execute(job(fanOut(DEPARTMENTS)));
    var plans = departmentPlans(phase);
    Assertions.assertThat(plans).extracting(plan -> runtimeService().getVariables(plan.getId()))
        .allSatisfy(variables -> Assertions.assertThat(variables).containsEntry(CycleProcess.CYCLE_ID, 7L)
            .containsEntry(CycleProcess.YEAR, 2031).containsEntry(CycleProcess.PHASE_NAME, "תכניות עבודה"))
        .extracting(variables -> variables.get(CycleProcess.DEPARTMENT_ID) + " " + variables.get(CycleProcess.DEPARTMENT_NAME))
        .containsExactlyInAnyOrder("education " + StubOrganization.nameOf("education"),
            "welfare " + StubOrganization.nameOf("welfare"));
    complete(task(plans.get(0)));
    assertThat(phase).isWaitingAt(fanOut(DEPARTMENTS));
    complete(task(plans.get(1)));

    assertThat(phase).isWaitingAt(WorkPlansProcess.COMPILE_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit").hasName("עריכת ספר תכניות העבודה 2031");
    complete(task());
    assertThat(phase).isWaitingAt(WorkPlansProcess.BOOK_APPROVAL_TASK);
    Assertions.assertThat(taskQuery().processInstanceId(phase.getId()).list())
        .as("no user task: the committee decides in its meeting").isEmpty();
    Assertions.assertThat(waitsForTheCommittee(phase)).isTrue();
    Assertions.assertThat(putBookOnSteeringAgenda.calls()).containsExactly(WorkPlansProcess.BOOK_APPROVAL_TASK);
    Assertions.assertThat(decideWorkPlanBook.calls()).isEmpty();
    decideBook(phase, true);

    assertThat(phase).isEnded().hasPassed("phaseClosed");
    Assertions.assertThat(compileWorkPlanBook.calls()).containsExactly(WorkPlansProcess.COMPILE_TASK);
    Assertions.assertThat(decideWorkPlanBook.calls()).containsExactly(WorkPlansProcess.BOOK_APPROVAL_TASK);
    Assertions.assertThat(putBookOnSteeringAgenda.calls()).containsExactly(WorkPlansProcess.BOOK_APPROVAL_TASK);
  }

  @Test
  void steeringReturnsTheBookForANewEdition() {
    var phase = start();
    execute(job(fanOut(DEPARTMENTS)));
    departmentPlans(phase).forEach(plan -> complete(task(plan)));
    assertThat(phase).isWaitingAt(WorkPlansProcess.COMPILE_TASK);
    complete(task());
    assertThat(phase).isWaitingAt(WorkPlansProcess.BOOK_APPROVAL_TASK);

    decideBook(phase, false);

    assertThat(phase).isWaitingAt(WorkPlansProcess.COMPILE_TASK).hasNotPassed("phaseClosed");
    Assertions.assertThat(decideWorkPlanBook.calls()).containsExactly(WorkPlansProcess.BOOK_APPROVAL_TASK);
    Assertions.assertThat(waitsForTheCommittee(phase)).isFalse();
    complete(task(WorkPlansProcess.COMPILE_TASK));
    assertThat(phase).isWaitingAt(WorkPlansProcess.BOOK_APPROVAL_TASK);
    Assertions.assertThat(putBookOnSteeringAgenda.calls()).as("the new edition on the agenda again")
        .containsExactly(WorkPlansProcess.BOOK_APPROVAL_TASK, WorkPlansProcess.BOOK_APPROVAL_TASK);
    decideBook(phase, true);
    assertThat(phase).isEnded().hasPassed("phaseClosed");
    Assertions.assertThat(compileWorkPlanBook.calls()).hasSize(2);
    Assertions.assertThat(decideWorkPlanBook.calls()).containsExactly(WorkPlansProcess.BOOK_APPROVAL_TASK,
        WorkPlansProcess.BOOK_APPROVAL_TASK);
  }

  private ProcessInstance start() {
    var phase = runtimeService().startProcessInstanceByKey(WorkPlansProcess.PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.PHASE_NAME, "תכניות עבודה"));
    assertThat(phase).isStarted();
    return phase;
  }

  /** The steering committee's meeting decides: its record delivers the message, the end listener the verdict. */
  private void decideBook(ProcessInstance phase, boolean approved) {
    decideWorkPlanBook.willSet(WorkPlansProcess.BOOK_APPROVED, approved);
    runtimeService().createMessageCorrelation(DECIDED).processInstanceId(phase.getId()).correlate();
  }

  /** Subscribed to the committee's decision at the book's approval. */
  private static boolean waitsForTheCommittee(ProcessInstance phase) {
    return runtimeService().createEventSubscriptionQuery().processInstanceId(phase.getId()).eventType("message")
        .eventName(DECIDED).activityId(WorkPlansProcess.BOOK_APPROVAL_TASK).count() == 1;
  }

  private static List<ProcessInstance> departmentPlans(ProcessInstance phase) {
    return processInstanceQuery().superProcessInstanceId(phase.getId()).list();
  }
}
