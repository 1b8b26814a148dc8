package org.maagal.cycle;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;

/**
 * The path of {@code annual-planning-cycle}: its five phases in order, each a called process (here a stand-in that
 * waits until the test finishes it), then the cycle's end.
 */
@Deployment(resources = "annual-planning-cycle.bpmn")
class AnnualPlanningCycleProcessTest {

  /** Each call activity and the process it calls, in order. */
  private static final List<List<String>> PHASES = List.of(
      List.of("situationAssessment", "situation-assessment"),
      List.of("goalPlanning", "goal-planning"),
      List.of("workPlans", "work-plans"),
      List.of("measurement", "measurement"),
      List.of("review", "review"));

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(CycleProcess.PROCESS_ID);

  /** Where the phase listener ran, in order. */
  final List<String> phasesEntered = new ArrayList<>();

  @BeforeEach
  void stubThePhases() {
    PHASES.forEach(phase -> paths.deployStandIn(phase.get(1)));
    // as the real listener: the phase that begins, and its Hebrew name for the phase's tasks
    Mocks.register("cyclePhaseListener", (ExecutionListener) execution -> {
      phasesEntered.add(execution.getCurrentActivityId());
      execution.setVariable(CycleProcess.PHASE_NAME, CyclePhase.ofActivity(execution.getCurrentActivityId()).hebrewName());
    });
  }

  @Test
  void thePhasesRunInOrderThenTheCycleCompletes() {
    var cycle = start();

    for (var phase : PHASES) {
      assertThat(cycle).isWaitingAt(phase.get(0));
      finish(cycle, phase.get(1), Map.of());
    }

    assertThat(cycle).isEnded().hasPassed("cycleCompleted");
    Assertions.assertThat(phasesEntered).containsExactly("situationAssessment", "goalPlanning", "workPlans",
        "measurement", "review", "cycleCompleted");
  }

  @Test
  void everyPhaseGetsTheCycleItsYearAndItsNameUnderTheCyclesBusinessKey() {
    var cycle = start();

    for (var phase : PHASES) {
      var called = calledProcessInstance(phase.get(1), cycle);
      Assertions.assertThat(called.getBusinessKey()).isEqualTo("cycle-2031");
      Assertions.assertThat(runtimeService().getVariables(called.getId()))
          .containsEntry(CycleProcess.CYCLE_ID, 7L).containsEntry(CycleProcess.YEAR, 2031)
          .containsEntry(CycleProcess.PHASE_NAME, CyclePhase.ofActivity(phase.get(0)).hebrewName());
      finish(cycle, phase.get(1), Map.of());
    }
  }

  @Test
  void goalPlanningHandsTheApprovedGoalTreeVersionBack() {
    var cycle = start();
    finish(cycle, "situation-assessment", Map.of());

    finish(cycle, "goal-planning", Map.of("goalTreeVersion", 3));

    assertThat(cycle).isWaitingAt("workPlans").variables().containsEntry("approvedGoalTreeVersion", 3);
  }

  private ProcessInstance start() {
    var cycle = runtimeService().startProcessInstanceByKey(CycleProcess.PROCESS_ID, CycleProcess.businessKeyOf(2031),
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031));
    assertThat(cycle).isStarted();
    return cycle;
  }

  /** The phase's process ends, handing these variables back. */
  private static void finish(ProcessInstance cycle, String calledProcessId, Map<String, Object> handedBack) {
    complete(task(calledProcessInstance(calledProcessId, cycle)), handedBack);
  }
}
