package org.maagal.deadlines;

import org.maagal.facts.Fact;

/** Id and variable names of the {@code task-escalation} process, started by the deadline watch. */
final class TaskEscalationProcess {

  static final String PROCESS_ID = "task-escalation";
  static final String LATE_TASK_ID = Fact.LATE_TASK_ID.variable();
  static final String LATE_TASK_NAME = "lateTaskName";
  static final String LATE_TASK_DUE = "lateTaskDue";
  static final String LATE_BUSINESS_DAYS = "lateBusinessDays";
  static final String ESCALATE_TO = "escalateTo";

  private TaskEscalationProcess() {
  }
}
