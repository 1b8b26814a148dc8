package org.maagal.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * One submission of a department's situation assessment. A returned assessment is answered by a
 * new revision; the returned one stays, with the strategy unit's note.
 */
@Entity
@Table(name = "department_assessment",
    uniqueConstraints = @UniqueConstraint(columnNames = {"cycle_year", "department_id", "revision"}))
class DepartmentAssessment {

  static final int MAX_TEXT = 4000;

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "department_id", nullable = false, length = 100)
  private String departmentId;
  @Column(nullable = false)
  private int revision;
  private boolean nothingToReport;
  @Column(length = MAX_TEXT)
  private String state;
  @Column(length = MAX_TEXT)
  private String achievements;
  @Column(length = MAX_TEXT)
  private String gaps;
  @Column(length = MAX_TEXT)
  private String challenges;
  @Column(nullable = false, length = 100)
  private String submittedBy;
  @Column(nullable = false)
  private Instant submittedAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewStatus review;
  @Column(length = MAX_TEXT)
  private String reviewNote;
  @Column(length = 100)
  private String reviewedBy;
  private Instant reviewedAt;

  protected DepartmentAssessment() {
  }

  DepartmentAssessment(int cycleYear, String departmentId, int revision, AssessmentAnswers answers,
      String submittedBy, Instant submittedAt) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.revision = revision;
    this.nothingToReport = answers.nothingToReport();
    this.state = answers.state();
    this.achievements = answers.achievements();
    this.gaps = answers.gaps();
    this.challenges = answers.challenges();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    // nothing to report needs no review
    this.review = answers.nothingToReport() ? ReviewStatus.ACCEPTED : ReviewStatus.SUBMITTED;
  }

  void review(boolean accepted, String note, String by, Instant at) {
    this.review = accepted ? ReviewStatus.ACCEPTED : ReviewStatus.RETURNED;
    this.reviewNote = note;
    this.reviewedBy = by;
    this.reviewedAt = at;
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

  int revision() {
    return revision;
  }

  AssessmentView view(String departmentName) {
    return new AssessmentView(id, cycleYear, departmentId, departmentName, revision,
        new AssessmentAnswers(nothingToReport, state, achievements, gaps, challenges), submittedBy, submittedAt,
        review, reviewNote, reviewedBy, reviewedAt);
  }
}
