package org.maagal.deadlines;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;

/** The path of {@code deadline-watch}: every hour its timer starts one round of the watch, which ends at once. */
@Deployment(resources = "deadline-watch.bpmn")
class DeadlineWatchProcessTest {

  private static final String PROCESS_ID = "deadline-watch";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(PROCESS_ID);

  Stub checkDeadlines;

  @BeforeEach
  void stubTheWatch() {
    checkDeadlines = Stub.register("checkDeadlines");
  }

  @Test
  void everyHourTheTimerRunsOneRoundOfTheWatch() {
    var timer = timer();
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
        .as("nothing runs before the hour").isZero();

    paths.setCurrentTime(timer.getDuedate()); // the hour has come
    execute(timer);

    Assertions.assertThat(checkDeadlines.calls()).containsExactly("checkDeadlines");
    Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
        .finished().count()).isOne();
    Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count())
        .isZero();
    var next = timer();
    Assertions.assertThat(next.getId()).isNotEqualTo(timer.getId());
    Assertions.assertThat(Duration.between(timer.getDuedate().toInstant(), next.getDuedate().toInstant()))
        .isCloseTo(Duration.ofHours(1), Duration.ofSeconds(5));
  }

  /** The one timer of the start event: there is never a second. */
  private static Job timer() {
    return jobQuery().processDefinitionKey(PROCESS_ID).timers().singleResult();
  }
}
