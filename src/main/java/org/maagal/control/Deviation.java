package org.maagal.control;

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
 * What the semi-annual round showed needs attention, found by rule, and its department's answer: the cause and a
 * corrective action with the date by which it is done.
 */
@Entity
@Table(name = "control_deviation")
class Deviation {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "department_id", nullable = false, length = 100)
  private String departmentId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private DeviationSubject subject;
  /** The target's id, or the work plan's activity id. */
  @Column(name = "subject_id", nullable = false)
  private long subjectId;
  @Column(nullable = false, length = 40)
  private String code;
  @Column(nullable = false, length = 300)
  private String reason;
  /** The indicator, or the activity's title, as the report had it. */
  @Column(nullable = false, length = 1000)
  private String title;
  @Column(length = 4000)
  private String detail;
  @Column(length = 4000)
  private String cause;
  @Column(name = "corrective_action", length = 4000)
  private String correctiveAction;
  @Column(name = "action_due")
  private LocalDate actionDue;
  @Column(name = "explained_by", length = 100)
  private String explainedBy;
  @Column(name = "explained_at")
  private Instant explainedAt;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;
  @Version
  private long lock;

  protected Deviation() {
  }

  Deviation(int cycleYear, String departmentId, DeviationSubject subject, long subjectId, Finding finding, String title,
      String detail, Instant createdAt) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.subject = subject;
    this.subjectId = subjectId;
    this.code = finding.code();
    this.reason = finding.reason();
    this.title = title;
    this.detail = detail;
    this.createdAt = createdAt;
  }

  void explain(String cause, String correctiveAction, LocalDate actionDue, String by, Instant at) {
    this.cause = cause;
    this.correctiveAction = correctiveAction;
    this.actionDue = actionDue;
    this.explainedBy = by;
    this.explainedAt = at;
  }

  Long id() {
    return id;
  }

  int cycleYear() {
    return cycleYear;
  }

  String departmentId() {
    return departmentId;
  }

  DeviationSubject subject() {
    return subject;
  }

  long subjectId() {
    return subjectId;
  }

  String code() {
    return code;
  }

  String reason() {
    return reason;
  }

  String title() {
    return title;
  }

  String detail() {
    return detail;
  }

  String cause() {
    return cause;
  }

  String correctiveAction() {
    return correctiveAction;
  }

  LocalDate actionDue() {
    return actionDue;
  }

  String explainedBy() {
    return explainedBy;
  }

  Instant explainedAt() {
    return explainedAt;
  }
}
