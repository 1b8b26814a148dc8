package org.maagal.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** One line of a cycle's calendar: the deadline rule of one kind of task in that cycle. */
@Entity
@Table(name = "deadline_rule", uniqueConstraints = @UniqueConstraint(columnNames = {"cycle_year", "task_key"}))
class DeadlineRule {

  static final String STANDARD = "*";

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "task_key", nullable = false, length = 100)
  private String taskKey;
  private int due;
  private int reminderBefore;
  private int escalateAfter;
  private int escalateToCeoAfter;
  @Column(length = 100)
  private String changedBy;
  private Instant changedAt;

  protected DeadlineRule() {
  }

  DeadlineRule(int cycleYear, String taskKey, DeadlinesProperties.Rule rule) {
    this.cycleYear = cycleYear;
    this.taskKey = taskKey;
    set(rule);
  }

  void change(DeadlinesProperties.Rule rule, String by, Instant at) {
    set(rule);
    this.changedBy = by;
    this.changedAt = at;
  }

  private void set(DeadlinesProperties.Rule rule) {
    this.due = rule.due();
    this.reminderBefore = rule.reminderBefore();
    this.escalateAfter = rule.escalateAfter();
    this.escalateToCeoAfter = rule.escalateToCeoAfter();
  }

  String taskKey() {
    return taskKey;
  }

  DeadlinesProperties.Rule rule() {
    return new DeadlinesProperties.Rule(due, reminderBefore, escalateAfter, escalateToCeoAfter);
  }

  CalendarEntry view() {
    return new CalendarEntry(taskKey, due, reminderBefore, escalateAfter, escalateToCeoAfter, changedBy, changedAt);
  }

  /** A line of the cycle calendar as the API shows it; task "*" is the rule of every other task. */
  record CalendarEntry(String task, int due, int reminderBefore, int escalateAfter, int escalateToCeoAfter,
      String changedBy, Instant changedAt) {
  }
}
