package org.maagal.meetings;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

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
 * The path of {@code year-meetings}: a cycle's meetings are planned by the job executor, never in the request that
 * started the cycle, and a failed planning stays with its job for the retries.
 */
@Deployment(resources = "year-meetings.bpmn")
class YearMeetingsProcessTest {

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(MeetingsProcess.YEAR_PROCESS);

  Stub yearMeetings;

  @BeforeEach
  void stubThePlanner() {
    yearMeetings = Stub.register("yearMeetings");
  }

  @Test
  void theYearsMeetingsArePlannedByTheJobExecutor() {
    var planning = start();
    assertThat(planning).isWaitingAt(MeetingsProcess.PLAN_TASK);
    Assertions.assertThat(yearMeetings.calls()).as("not in the transaction that started the cycle").isEmpty();

    execute(job());

    assertThat(planning).isEnded().hasPassed("meetingsPlanned");
    Assertions.assertThat(yearMeetings.calls()).containsExactly(MeetingsProcess.PLAN_TASK);
  }

  @Test
  void aFailedPlanningStaysWithItsJobForTheRetries() {
    var planning = start();
    yearMeetings.willFail(new IllegalStateException("the database did not answer"));

    Assertions.assertThatThrownBy(() -> execute(job())).hasMessageContaining("the database did not answer");

    assertThat(planning).isWaitingAt(MeetingsProcess.PLAN_TASK);
    Assertions.assertThat(job().getRetries()).isEqualTo(2);
    execute(job());
    assertThat(planning).isEnded();
  }

  private ProcessInstance start() {
    var planning = runtimeService().startProcessInstanceByKey(MeetingsProcess.YEAR_PROCESS, "meetings-2027",
        Map.of("year", 2027));
    assertThat(planning).isStarted();
    return planning;
  }
}
