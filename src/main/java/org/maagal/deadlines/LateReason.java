package org.maagal.deadlines;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Why a task is late, in the words of the people who own it; the newest one counts, all are kept. */
@Entity
@Table(name = "late_reason")
class LateReason {

  @Id
  @GeneratedValue
  private Long id;
  @Column(nullable = false, length = 64)
  private String taskId;
  @Column(nullable = false, length = 2000)
  private String reason;
  @Column(nullable = false, length = 100)
  private String statedBy;
  @Column(nullable = false)
  private Instant statedAt;

  protected LateReason() {
  }

  LateReason(String taskId, String reason, String statedBy, Instant statedAt) {
    this.taskId = taskId;
    this.reason = reason;
    this.statedBy = statedBy;
    this.statedAt = statedAt;
  }

  String taskId() {
    return taskId;
  }

  String reason() {
    return reason;
  }

  String statedBy() {
    return statedBy;
  }
}
