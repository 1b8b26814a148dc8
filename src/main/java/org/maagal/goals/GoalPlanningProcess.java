package org.maagal.goals;

/**
 * Variable names of the {@code goal-planning} process that the goals and committees features share:
 * the draft version put to the vote, the round, the count's outcome and the steering decision.
 */
public final class GoalPlanningProcess {

  public static final String PROCESS_ID = "goal-planning";
  public static final String GOAL_TREE_VERSION = "goalTreeVersion";
  public static final String VOTE_ROUND = "voteRound";
  /** approved, rejected or another-round: the gateway after the count reads it. */
  public static final String VOTE_OUTCOME = "voteOutcome";
  /** The design committee member whose vote task this is (the multi-instance's element). */
  public static final String MEMBER_ID = "memberId";
  public static final String GOAL_TREE_APPROVED = "goalTreeApproved";
  public static final String APPROVED_BY = "approvedBy";

  private GoalPlanningProcess() {
  }
}
