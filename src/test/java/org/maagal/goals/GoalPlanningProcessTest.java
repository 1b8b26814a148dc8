package org.maagal.goals;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.StubOrganization;
import org.maagal.cycle.CycleProcess;
import org.maagal.facts.Fact;

/**
 * Every path of {@code goal-planning}: the inputs in parallel, then the design committee's vote (approved, rejected
 * back to drafting, a tie to another round) and the steering committee's approval or return, which waits on the
 * committee's agenda until its meeting decides ({@code committeeDecided}).
 */
@Deployment(resources = "goal-planning.bpmn")
class GoalPlanningProcessTest {

  private static final String EMPHASES = "setManagementEmphases";
  private static final String RECOMMENDATIONS = "recommendChannelGoals";
  private static final String DRAFT = "draftGoalTree";
  private static final String VOTE = "castVote";
  private static final String STEERING = "approveGoalTree";
  private static final String DECIDED = "committeeDecided";
  private static final String VOTE_ROUND = Fact.VOTE_ROUND.variable();

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(GoalPlanningProcess.PROCESS_ID);

  Stub storeManagementEmphases;
  Stub storeChannelRecommendation;
  Stub putDraftToVote;
  Stub castVote;
  Stub countVotes;
  Stub putGoalTreeOnSteeringAgenda;
  Stub recordSteeringDecision;
  Stub freezeGoalTree;

  @BeforeEach
  void stubTheFeatures() {
    StubOrganization.register();
    storeManagementEmphases = Stub.register("storeManagementEmphases");
    storeChannelRecommendation = Stub.register("storeChannelRecommendation");
    putDraftToVote = Stub.register("putDraftToVote");
    castVote = Stub.register("castVote");
    countVotes = Stub.register("countVotes");
    putGoalTreeOnSteeringAgenda = Stub.register("putGoalTreeOnSteeringAgenda");
    recordSteeringDecision = Stub.register("recordSteeringDecision");
    freezeGoalTree = Stub.register("freezeGoalTree");
  }

  @Test
  void theCeoAndEveryWorkingTeamGiveTheirInputBeforeTheDraft() {
    var planning = start();
    assertThat(planning).isWaitingAt(EMPHASES, RECOMMENDATIONS);
    assertThat(task(EMPHASES)).hasCandidateGroup("ceo").hasName("דגשים ניהוליים לשנת 2031");
    Assertions.assertThat(tasks(RECOMMENDATIONS)).extracting(Task::getName).containsExactlyInAnyOrder(
        "המלצת מטרות לאפיק: " + StubOrganization.nameOf("youth"),
        "המלצת מטרות לאפיק: " + StubOrganization.nameOf("environment"));

    tasks(RECOMMENDATIONS).forEach(recommendation -> complete(recommendation));
    assertThat(planning).isWaitingAt(EMPHASES).hasNotPassed(DRAFT);
    complete(task(EMPHASES));

    assertThat(planning).isWaitingAt(DRAFT);
    assertThat(task(DRAFT)).hasCandidateGroup(StubOrganization.DESIGN_COMMITTEE_GROUP);
    Assertions.assertThat(storeManagementEmphases.calls()).containsExactly(EMPHASES);
    Assertions.assertThat(storeChannelRecommendation.calls()).containsExactly(RECOMMENDATIONS, RECOMMENDATIONS);
  }

  @Test
  void aTreeApprovedByVoteAndBySteeringIsFrozen() {
    var planning = startAtTheDraft();

    putToVote(1);
    Assertions.assertThat(tasks(VOTE)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(StubOrganization.DESIGN_COMMITTEE_MEMBERS);
    Assertions.assertThat(tasks(VOTE)).extracting(Task::getName)
        .containsOnly("הצבעה על עץ המטרות 2031 (סבב 1)");
    vote(Map.of(GoalPlanningProcess.VOTE_OUTCOME, "approved"));
    assertThat(planning).isWaitingAt(STEERING);
    Assertions.assertThat(tasks(STEERING)).as("no user task: the committee decides in its meeting").isEmpty();
    Assertions.assertThat(waitsForTheCommittee(planning)).isTrue();
    Assertions.assertThat(putGoalTreeOnSteeringAgenda.calls()).containsExactly(STEERING);
    Assertions.assertThat(recordSteeringDecision.calls()).isEmpty();
    steering(planning, true);

    assertThat(planning).isEnded().hasPassed("freezeGoalTree", "goalTreeApprovedEnd");
    Assertions.assertThat(recordSteeringDecision.calls()).containsExactly(STEERING);
    Assertions.assertThat(putGoalTreeOnSteeringAgenda.calls()).containsExactly(STEERING);
    Assertions.assertThat(castVote.calls()).containsExactly(VOTE, VOTE);
    Assertions.assertThat(countVotes.calls()).containsExactly("countVotes");
    Assertions.assertThat(freezeGoalTree.calls()).containsExactly("freezeGoalTree");
  }

  @Test
  void aTieOrNoQuorumGoesToAnotherRound() {
    var planning = startAtTheDraft();
    putToVote(1);

    vote(Map.of(GoalPlanningProcess.VOTE_OUTCOME, "another-round", VOTE_ROUND, 2));

    assertThat(planning).isWaitingAt(VOTE).hasNotPassed(STEERING);
    Assertions.assertThat(tasks(VOTE)).hasSize(StubOrganization.DESIGN_COMMITTEE_MEMBERS.size())
        .extracting(Task::getName).containsOnly("הצבעה על עץ המטרות 2031 (סבב 2)");
    vote(Map.of(GoalPlanningProcess.VOTE_OUTCOME, "approved"));
    assertThat(planning).isWaitingAt(STEERING);
  }

  @Test
  void aTreeRejectedByVoteGoesBackToDrafting() {
    var planning = startAtTheDraft();
    putToVote(1);

    vote(Map.of(GoalPlanningProcess.VOTE_OUTCOME, "rejected"));

    assertThat(planning).isWaitingAt(DRAFT).hasNotPassed(STEERING);
    putToVote(1);
    vote(Map.of(GoalPlanningProcess.VOTE_OUTCOME, "approved"));
    assertThat(planning).isWaitingAt(STEERING);
  }

  @Test
  void steeringReturnsTheTreeWithComments() {
    var planning = startAtTheDraft();
    putToVote(1);
    vote(Map.of(GoalPlanningProcess.VOTE_OUTCOME, "approved"));
    assertThat(planning).isWaitingAt(STEERING);

    steering(planning, false);

    assertThat(planning).isWaitingAt(DRAFT).hasNotPassed("freezeGoalTree");
    Assertions.assertThat(recordSteeringDecision.calls()).containsExactly(STEERING);
    Assertions.assertThat(waitsForTheCommittee(planning)).isFalse();
    putToVote(1);
    vote(Map.of(GoalPlanningProcess.VOTE_OUTCOME, "approved"));
    assertThat(planning).isWaitingAt(STEERING);
    Assertions.assertThat(putGoalTreeOnSteeringAgenda.calls()).as("on the agenda again").containsExactly(STEERING,
        STEERING);
    steering(planning, true);
    assertThat(planning).isEnded();
    Assertions.assertThat(recordSteeringDecision.calls()).containsExactly(STEERING, STEERING);
    Assertions.assertThat(freezeGoalTree.calls()).containsExactly("freezeGoalTree");
  }

  private ProcessInstance start() {
    var planning = runtimeService().startProcessInstanceByKey(GoalPlanningProcess.PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.PHASE_NAME, "תכנון וחשיבה"));
    assertThat(planning).isStarted();
    return planning;
  }

  private ProcessInstance startAtTheDraft() {
    var planning = start();
    complete(task(EMPHASES));
    tasks(RECOMMENDATIONS).forEach(recommendation -> complete(recommendation));
    assertThat(planning).isWaitingAt(DRAFT);
    return planning;
  }

  /** The design committee says the draft is ready; its listener records the round that opens. */
  private void putToVote(int round) {
    putDraftToVote.willSet(VOTE_ROUND, round);
    complete(task(DRAFT));
  }

  /** Every member votes; then the count decides. */
  private void vote(Map<String, Object> count) {
    countVotes.willSet(count);
    tasks(VOTE).forEach(vote -> complete(vote));
  }

  /** The steering committee's meeting decides: its record delivers the message, the end listener the verdict. */
  private void steering(ProcessInstance planning, boolean approved) {
    recordSteeringDecision.willSet(GoalPlanningProcess.GOAL_TREE_APPROVED, approved);
    runtimeService().createMessageCorrelation(DECIDED).processInstanceId(planning.getId()).correlate();
  }

  /** Subscribed to the committee's decision at the steering step. */
  private static boolean waitsForTheCommittee(ProcessInstance planning) {
    return runtimeService().createEventSubscriptionQuery().processInstanceId(planning.getId()).eventType("message")
        .eventName(DECIDED).activityId(STEERING).count() == 1;
  }

  private static List<Task> tasks(String taskDefinitionKey) {
    return taskQuery().taskDefinitionKey(taskDefinitionKey).list();
  }
}
