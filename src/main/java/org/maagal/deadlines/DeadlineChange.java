package org.maagal.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a manager did about a late task, with the reason: an extension of its due date, a
 * reassignment or delegation, or a confirmation that it is being handled. Every one is kept.
 */
@Entity
@Table(name = "deadline_change")
class DeadlineChange {

  enum Kind { EXTEND, REASSIGN, DELEGATE, ACKNOWLEDGE }

  @Id
  @GeneratedValue
  private Long id;
  @Column(nullable = false, length = 64)
  private String taskId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;
  private Instant previousDue;
  private Instant newDue;
  @Column(length = 100)
  private String newAssignee;
  @Column(nullable = false, length = 2000)
  private String reason;
  @Column(nullable = false, length = 100)
  private String changedBy;
  @Column(nullable = false)
  private Instant changedAt;

  protected DeadlineChange() {
  }

  DeadlineChange(String taskId, Kind kind, Instant previousDue, Instant newDue, String newAssignee, String reason,
      String changedBy, Instant changedAt) {
    this.taskId = taskId;
    this.kind = kind;
    this.previousDue = previousDue;
    this.newDue = newDue;
    this.newAssignee = newAssignee;
    this.reason = reason;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  String taskId() {
    return taskId;
  }

  ChangeView view() {
    return new ChangeView(kind, previousDue, newDue, newAssignee, reason, changedBy, changedAt);
  }

  record ChangeView(Kind kind, Instant previousDue, Instant newDue, String newAssignee, String reason,
      String changedBy, Instant changedAt) {
  }
}
