package org.maagal.facts;

import java.util.Optional;

/**
 * One thing a process instance or task is about, with the process variable of the same name that the
 * BPMN files still use in their expressions (a task's name, its candidate group). A fact given at start is
 * recorded from the instance's start variables (or a multi-instance activity's element variable), which only
 * the application sets; the others are recorded by the application's delegates as the process goes on.
 */
public enum Fact {

  CYCLE_ID("cycleId", true, true),
  YEAR("year", true, true),
  DEPARTMENT_ID("departmentId", true),
  TEAM_ID("teamId", true),
  MEMBER_ID("memberId", true),
  GAP_ID("gapId", true),
  ROUND("round", true, true),
  LATE_TASK_ID("lateTaskId", true),
  MEETING_ID("meetingId", true),
  ACTION_ITEM_ID("actionItemId", true),
  DEVIATION_ID("deviationId", true),
  APPLICANT_ID("applicantId", true),
  PUBLICATION_ID("publicationId", true),
  ASSESSMENT_ID("assessmentId", false),
  GOAL_TREE_VERSION("goalTreeVersion", false),
  VOTE_ROUND("voteRound", false, true),
  APPROVED_BY("approvedBy", false);

  private final String variable;
  private final boolean givenAtStart;
  private final boolean broad;

  Fact(String variable, boolean givenAtStart) {
    this(variable, givenAtStart, false);
  }

  Fact(String variable, boolean givenAtStart, boolean broad) {
    this.variable = variable;
    this.givenAtStart = givenAtStart;
    this.broad = broad;
  }

  /** Whether many instances share a value: a cycle's, a year's, a round's; not a department's or a gap's. */
  boolean broad() {
    return broad;
  }

  /** The process variable of the same name, as the BPMN files and the start of an instance name it. */
  public String variable() {
    return variable;
  }

  boolean givenAtStart() {
    return givenAtStart;
  }

  static Optional<Fact> ofVariable(String variable) {
    for (Fact fact : values()) {
      if (fact.variable.equals(variable)) {
        return Optional.of(fact);
      }
    }
    return Optional.empty();
  }
}
