package org.maagal.goals;

/**
 * Variable names of the {@code goal-planning} process that the goals and committees features share:
 * the draft version put to the vote, the round, the count's outcome and the steering decision.
 */
public final class GoalPlanningProcess {

  public static final String PROCESS_ID = "goal-planning";
  /** approved, rejected or another-round: the gateway after the count reads it. */
  public static final String VOTE_OUTCOME = "voteOutcome";
  public static final String GOAL_TREE_APPROVED = "goalTreeApproved";
  /** The steering committee's comments on a tree it did not approve, shown in the design committee's redraft. */
  public static final String STEERING_COMMENTS = "steeringComments";

  private GoalPlanningProcess() {
  }
}
