package org.maagal.control;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.cycle.CycleProcess;

/** The path of {@code department-correction}: a task for each of the department's deviations, done when all are answered. */
@Deployment(resources = "department-correction.bpmn")
class DepartmentCorrectionProcessTest {

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(ControlProcess.DEPARTMENT_PROCESS_ID);

  MidYearControl control;
  Stub showDeviation;
  Stub explainDeviation;

  @BeforeEach
  void stubTheFeature() {
    control = mock(MidYearControl.class);
    Mocks.register("midYearControl", control);
    showDeviation = Stub.register("showDeviation");
    explainDeviation = Stub.register("explainDeviation");
  }

  @Test
  void everyDeviationIsAnsweredInATaskOfItsDepartment() {
    when(control.deviationIdsOf(2031, "education")).thenReturn(List.of(21L, 22L));
    var correction = start();

    assertThat(correction).isWaitingAt(ControlProcess.EXPLAIN_TASK);
    var tasks = explanationTasks();
    Assertions.assertThat(tasks).extracting(task -> taskService().getVariable(task.getId(), "deviationId"))
        .containsExactlyInAnyOrder(21L, 22L);
    Assertions.assertThat(tasks).allSatisfy(task -> assertThat(task).hasCandidateGroup("dept-education"));
    Assertions.assertThat(showDeviation.calls()).hasSize(2);

    complete(tasks.get(0));
    assertThat(correction).isWaitingAt(ControlProcess.EXPLAIN_TASK);
    complete(tasks.get(1));

    assertThat(correction).isEnded().hasPassed("deviationsExplained");
    Assertions.assertThat(explainDeviation.calls()).hasSize(2);
  }

  private ProcessInstance start() {
    var correction = runtimeService().startProcessInstanceByKey(ControlProcess.DEPARTMENT_PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.DEPARTMENT_ID, "education",
            CycleProcess.DEPARTMENT_NAME, "מחלקת החינוך"));
    assertThat(correction).isStarted();
    return correction;
  }

  private static List<Task> explanationTasks() {
    return taskQuery().taskDefinitionKey(ControlProcess.EXPLAIN_TASK).list();
  }
}
