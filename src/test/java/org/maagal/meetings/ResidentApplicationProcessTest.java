package org.maagal.meetings;

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

/** The path of {@code resident-application}: one application, one screening task for the strategy unit. */
@Deployment(resources = "resident-application.bpmn")
class ResidentApplicationProcessTest {

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(MeetingsProcess.APPLICATION_PROCESS);

  Stub showApplication;
  Stub screenApplication;

  @BeforeEach
  void stubTheFeatures() {
    showApplication = Stub.register("showApplication");
    screenApplication = Stub.register("screenApplication");
  }

  @Test
  void theStrategyUnitScreensTheApplication() {
    var application = runtimeService().startProcessInstanceByKey(MeetingsProcess.APPLICATION_PROCESS, "applicant-4",
        withVariables("year", 2031, "applicantId", 4L));
    assertThat(application).isWaitingAt(MeetingsProcess.SCREEN_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit");
    Assertions.assertThat(showApplication.calls()).containsExactly(MeetingsProcess.SCREEN_TASK);

    complete(task(), withVariables(MeetingsProcess.SCREENING, "accept"));

    assertThat(application).isEnded().hasPassed("screened");
    Assertions.assertThat(screenApplication.calls()).containsExactly(MeetingsProcess.SCREEN_TASK);
  }
}
