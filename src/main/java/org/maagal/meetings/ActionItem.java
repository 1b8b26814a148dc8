package org.maagal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something a meeting decided somebody does by a date: a person, a department or a team. It is a task of its
 * own ({@code action-item} process) with reminders and escalation like every task, and it appears on the
 * committee's next meeting's agenda until it is done.
 */
@Entity
@Table(name = "action_item")
class ActionItem {

  enum Owner { PERSON, DEPARTMENT, COMMITTEE }

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;
  @Column(name = "committee_id", nullable = false, length = 100)
  private String committeeId;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(nullable = false, length = 1000)
  private String what;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Owner ownerKind;
  @Column(nullable = false, length = 100)
  private String ownerId;
  @Column(nullable = false)
  private LocalDate due;
  @Column(length = 64)
  private String processInstanceId;
  @Column(length = 4000)
  private String result;
  @Column(length = 100)
  private String doneBy;
  private Instant doneAt;
  @Column(nullable = false, length = 100)
  private String createdBy;
  @Column(nullable = false)
  private Instant createdAt;
  @Version
  private long lock;

  protected ActionItem() {
  }

  ActionItem(Long meetingId, String committeeId, int cycleYear, String what, Owner ownerKind, String ownerId,
      LocalDate due, String createdBy, Instant createdAt) {
    this.meetingId = meetingId;
    this.committeeId = committeeId;
    this.cycleYear = cycleYear;
    this.what = what;
    this.ownerKind = ownerKind;
    this.ownerId = ownerId;
    this.due = due;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }

  Long meetingId() {
    return meetingId;
  }

  String committeeId() {
    return committeeId;
  }

  int cycleYear() {
    return cycleYear;
  }

  String what() {
    return what;
  }

  Owner ownerKind() {
    return ownerKind;
  }

  String ownerId() {
    return ownerId;
  }

  LocalDate due() {
    return due;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  String result() {
    return result;
  }

  String doneBy() {
    return doneBy;
  }

  Instant doneAt() {
    return doneAt;
  }

  boolean done() {
    return doneAt != null;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void done(String result, String by, Instant at) {
    this.result = result;
    this.doneBy = by;
    this.doneAt = at;
  }
}
