package org.maagal.review;

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

/** The path of {@code department-review}: a task for each of the department's gaps, done when all are explained. */
@Deployment(resources = "department-review.bpmn")
class DepartmentReviewProcessTest {

  private static final String PROCESS_ID = "department-review";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(PROCESS_ID);

  ReviewService reviews;
  Stub showGap;
  Stub explainGap;

  @BeforeEach
  void stubTheFeature() {
    reviews = mock(ReviewService.class);
    Mocks.register("reviewService", reviews);
    showGap = Stub.register("showGap");
    explainGap = Stub.register("explainGap");
  }

  @Test
  void everyGapIsExplainedInATaskOfItsOwn() {
    when(reviews.gapIdsOf(2031, "education")).thenReturn(List.of(11L, 12L));
    var review = start();

    assertThat(review).isWaitingAt(ReviewProcess.EXPLAIN_TASK);
    var tasks = explanationTasks();
    Assertions.assertThat(tasks).extracting(task -> taskService().getVariable(task.getId(), "gapId"))
        .containsExactlyInAnyOrder(11L, 12L);
    Assertions.assertThat(tasks).allSatisfy(task -> assertThat(task).hasCandidateGroup("dept-education"));
    Assertions.assertThat(showGap.calls()).containsExactly(ReviewProcess.EXPLAIN_TASK, ReviewProcess.EXPLAIN_TASK);

    complete(tasks.get(0));
    assertThat(review).isWaitingAt(ReviewProcess.EXPLAIN_TASK);
    complete(tasks.get(1));

    assertThat(review).isEnded().hasPassed("gapsExplained");
    Assertions.assertThat(explainGap.calls()).hasSize(2);
  }

  @Test
  void aDepartmentWhoseGapsWereAllRemovedIsDoneAtOnce() {
    when(reviews.gapIdsOf(2031, "education")).thenReturn(List.of());

    var review = start();

    assertThat(review).isEnded().hasPassed("gapsExplained");
  }

  private ProcessInstance start() {
    var review = runtimeService().startProcessInstanceByKey(PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.DEPARTMENT_ID, "education",
            CycleProcess.DEPARTMENT_NAME, "מחלקת החינוך"));
    assertThat(review).isStarted();
    return review;
  }

  private static List<Task> explanationTasks() {
    return taskQuery().taskDefinitionKey(ReviewProcess.EXPLAIN_TASK).list();
  }
}
