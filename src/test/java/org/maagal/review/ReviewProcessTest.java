package org.maagal.review;

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
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.StubOrganization;
import org.maagal.cycle.CycleProcess;

/**
 * The path of {@code review}: the rules flag gaps, the strategy unit closes the list, every department with gaps
 * explains them (in the job executor), then the lessons and the steering committee's decision on what carries, which
 * waits on the committee's agenda for its meeting ({@code committeeDecided}), and for the next meeting when a meeting
 * does not approve it.
 */
@Deployment(resources = "review.bpmn")
class ReviewProcessTest {

  private static final String DEPARTMENTS = "departmentReviews";
  private static final String DECIDED = "committeeDecided";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(ReviewProcess.PROCESS_ID);

  ReviewService reviews;
  Stub flagReviewGaps;
  Stub showReviewSummary;
  Stub closeGapList;
  Stub recordReviewLessons;
  Stub putCarriedGapsOnSteeringAgenda;
  Stub decideCarriedGaps;

  @BeforeEach
  void stubTheFeatures() {
    paths.deployStandIn("department-review");
    StubOrganization.register();
    reviews = mock(ReviewService.class);
    Mocks.register("reviewService", reviews);
    flagReviewGaps = Stub.register("flagReviewGaps");
    showReviewSummary = Stub.register("showReviewSummary");
    closeGapList = Stub.register("closeGapList");
    recordReviewLessons = Stub.register("recordReviewLessons");
    putCarriedGapsOnSteeringAgenda = Stub.register("putCarriedGapsOnSteeringAgenda");
    decideCarriedGaps = Stub.register("decideCarriedGaps");
  }

  @Test
  void departmentsWithGapsExplainThemBeforeTheLessonsAndTheSteeringDecision() {
    when(reviews.departmentsWithGaps(2031)).thenReturn(List.of("welfare"));
    var phase = start();
    Assertions.assertThat(flagReviewGaps.calls()).containsExactly("flagGaps");
    assertThat(phase).isWaitingAt(ReviewProcess.GAP_LIST_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit").hasName("רשימת הפערים המשמעותיים 2031");

    complete(task());
    assertThat(phase).isWaitingAt(fanOut(DEPARTMENTS));
    execute(job(fanOut(DEPARTMENTS)));
    var departments = departmentReviews(phase);
    Assertions.assertThat(departments).singleElement().satisfies(department -> Assertions
        .assertThat(runtimeService().getVariables(department.getId())).containsEntry(CycleProcess.DEPARTMENT_ID, "welfare")
        .containsEntry(CycleProcess.DEPARTMENT_NAME, StubOrganization.nameOf("welfare"))
        .containsEntry(CycleProcess.YEAR, 2031).containsEntry(CycleProcess.CYCLE_ID, 7L));
    complete(task(departments.get(0)));

    assertThat(phase).isWaitingAt(ReviewProcess.LESSONS_TASK);
    assertThat(task()).hasCandidateGroup("strategy-unit");
    complete(task());
    assertThat(phase).isWaitingAt(ReviewProcess.DECISION_TASK);
    Assertions.assertThat(taskQuery().processInstanceId(phase.getId()).list())
        .as("no user task: the committee decides in its meeting").isEmpty();
    Assertions.assertThat(waitsForTheCommittee(phase)).isTrue();
    Assertions.assertThat(putCarriedGapsOnSteeringAgenda.calls()).containsExactly(ReviewProcess.DECISION_TASK);
    Assertions.assertThat(decideCarriedGaps.calls()).isEmpty();
    committeeDecides(phase, true);

    assertThat(phase).isEnded().hasPassed("phaseClosed");
    Assertions.assertThat(closeGapList.calls()).containsExactly(ReviewProcess.GAP_LIST_TASK);
    Assertions.assertThat(recordReviewLessons.calls()).containsExactly(ReviewProcess.LESSONS_TASK);
    Assertions.assertThat(decideCarriedGaps.calls()).containsExactly(ReviewProcess.DECISION_TASK);
    Assertions.assertThat(putCarriedGapsOnSteeringAgenda.calls()).containsExactly(ReviewProcess.DECISION_TASK);
    Assertions.assertThat(showReviewSummary.calls()).containsExactly(ReviewProcess.GAP_LIST_TASK,
        ReviewProcess.LESSONS_TASK);
  }

  @Test
  void carriedGapsNotApprovedWaitForTheNextMeeting() {
    when(reviews.departmentsWithGaps(2031)).thenReturn(List.of());
    var phase = start();
    complete(task(ReviewProcess.GAP_LIST_TASK));
    execute(job(fanOut(DEPARTMENTS)));
    complete(task(ReviewProcess.LESSONS_TASK));
    assertThat(phase).isWaitingAt(ReviewProcess.DECISION_TASK);

    committeeDecides(phase, false);

    assertThat(phase).isWaitingAt(ReviewProcess.DECISION_TASK).hasNotPassed("phaseClosed");
    Assertions.assertThat(waitsForTheCommittee(phase)).isTrue();
    Assertions.assertThat(decideCarriedGaps.calls()).containsExactly(ReviewProcess.DECISION_TASK);
    Assertions.assertThat(putCarriedGapsOnSteeringAgenda.calls()).as("on the next meeting's agenda")
        .containsExactly(ReviewProcess.DECISION_TASK, ReviewProcess.DECISION_TASK);

    committeeDecides(phase, true);

    assertThat(phase).isEnded().hasPassed("phaseClosed");
    Assertions.assertThat(decideCarriedGaps.calls()).containsExactly(ReviewProcess.DECISION_TASK,
        ReviewProcess.DECISION_TASK);
    Assertions.assertThat(putCarriedGapsOnSteeringAgenda.calls()).hasSize(2);
    Assertions.assertThat(recordReviewLessons.calls()).containsExactly(ReviewProcess.LESSONS_TASK);
  }

  @Test
  void aYearWithoutGapsGoesStraightToTheLessons() {
    when(reviews.departmentsWithGaps(2031)).thenReturn(List.of());
    var phase = start();
    complete(task(ReviewProcess.GAP_LIST_TASK));

    execute(job(fanOut(DEPARTMENTS)));

    assertThat(phase).isWaitingAt(ReviewProcess.LESSONS_TASK);
    Assertions.assertThat(departmentReviews(phase)).isEmpty();
  }

  /** The steering committee's meeting decides: its record delivers the message, the end listener the verdict. */
  private void committeeDecides(ProcessInstance phase, boolean approved) {
    decideCarriedGaps.willSet(ReviewProcess.CARRIED_GAPS_APPROVED, approved);
    runtimeService().createMessageCorrelation(DECIDED).processInstanceId(phase.getId()).correlate();
  }

  /** Subscribed to the committee's decision at the carried gaps. */
  private static boolean waitsForTheCommittee(ProcessInstance phase) {
    return runtimeService().createEventSubscriptionQuery().processInstanceId(phase.getId()).eventType("message")
        .eventName(DECIDED).activityId(ReviewProcess.DECISION_TASK).count() == 1;
  }

  private ProcessInstance start() {
    var phase = runtimeService().startProcessInstanceByKey(ReviewProcess.PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.PHASE_NAME, "ניתוח והערכה"));
    assertThat(phase).isStarted();
    return phase;
  }

  private static List<ProcessInstance> departmentReviews(ProcessInstance phase) {
    return processInstanceQuery().superProcessInstanceId(phase.getId()).list();
  }
}
