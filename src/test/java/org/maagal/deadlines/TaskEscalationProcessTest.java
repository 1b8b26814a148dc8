package org.maagal.deadlines;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;

/** The path of {@code task-escalation}: the manager above the late task handles it, and the escalation ends. */
@Deployment(resources = "task-escalation.bpmn")
class TaskEscalationProcessTest {

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(TaskEscalationProcess.PROCESS_ID);

  Stub handleEscalation;

  @BeforeEach
  void stubTheListener() {
    handleEscalation = Stub.register("handleEscalation");
  }

  @Test
  void theManagerAboveTheLateTaskHandlesTheEscalation() {
    var escalation = runtimeService().startProcessInstanceByKey(TaskEscalationProcess.PROCESS_ID, withVariables(
        TaskEscalationProcess.LATE_TASK_ID, "task-42", TaskEscalationProcess.LATE_TASK_NAME, "תכנית עבודה: מחלקת החינוך",
        TaskEscalationProcess.LATE_BUSINESS_DAYS, 3, TaskEscalationProcess.ESCALATE_TO, "head-of-division"));
    assertThat(escalation).isWaitingAt("handleEscalation");
    assertThat(task()).isAssignedTo("head-of-division").hasName("הסלמה: תכנית עבודה: מחלקת החינוך");

    complete(task());

    assertThat(escalation).isEnded().hasPassed("handled");
    Assertions.assertThat(handleEscalation.calls()).containsExactly("handleEscalation");
  }
}
