package org.maagal.workplans;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
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
 * Every path of {@code work-plans}: every department's plan (in the job executor), then the book, which the steering
 * committee approves or returns for a new edition.
 */
@Deployment(resources = "work-plans.bpmn")
class WorkPlansProcessTest {

  private static final String DEPARTMENTS = "departmentWorkPlans";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(WorkPlansProcess.PROCESS_ID);

  Stub compileWorkPlanBook;
  Stub decideWorkPlanBook;

  @BeforeEach
  void stubTheFeatures() {
    paths.deployStandIn(WorkPlansProcess.DEPARTMENT_PROCESS_ID);
    StubOrganization.register();
    compileWorkPlanBook = Stub.register("compileWorkPlanBook");
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
    assertThat(task()).hasCandidateGroup(StubOrganization.STEERING_COMMITTEE_GROUP);
    decideBook(true);

    assertThat(phase).isEnded().hasPassed("phaseClosed");
    Assertions.assertThat(compileWorkPlanBook.calls()).containsExactly(WorkPlansProcess.COMPILE_TASK);
  }

  @Test
  void steeringReturnsTheBookForANewEdition() {
    var phase = start();
    execute(job(fanOut(DEPARTMENTS)));
    departmentPlans(phase).forEach(plan -> complete(task(plan)));
    assertThat(phase).isWaitingAt(WorkPlansProcess.COMPILE_TASK);
    complete(task());

    decideBook(false);

    assertThat(phase).isWaitingAt(WorkPlansProcess.COMPILE_TASK);
    complete(task(WorkPlansProcess.COMPILE_TASK));
    decideBook(true);
    assertThat(phase).isEnded();
    Assertions.assertThat(compileWorkPlanBook.calls()).hasSize(2);
  }

  private ProcessInstance start() {
    var phase = runtimeService().startProcessInstanceByKey(WorkPlansProcess.PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.PHASE_NAME, "תכניות עבודה"));
    assertThat(phase).isStarted();
    return phase;
  }

  private void decideBook(boolean approved) {
    decideWorkPlanBook.willSet(WorkPlansProcess.BOOK_APPROVED, approved);
    complete(task(WorkPlansProcess.BOOK_APPROVAL_TASK));
  }

  private static List<ProcessInstance> departmentPlans(ProcessInstance phase) {
    return processInstanceQuery().superProcessInstanceId(phase.getId()).list();
  }
}
