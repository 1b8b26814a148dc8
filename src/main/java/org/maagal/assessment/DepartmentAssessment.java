package org.maagal.assessment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.maagal.reviewing.ReviewStatus;
import org.maagal.reviewing.ReviewedVersion;

/**
 * One revision of a department's situation assessment, living the one reviewed life ({@link ReviewedVersion}):
 * the department's form fills the draft and submits it; a returned revision stays, with the strategy unit's
 * note, and the next revision, its copy, is the draft the department completes.
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
  private boolean nothingToReport;
  @Column(length = MAX_TEXT)
  private String state;
  @Column(length = MAX_TEXT)
  private String achievements;
  @Column(length = MAX_TEXT)
  private String gaps;
  @Column(length = MAX_TEXT)
  private String challenges;
  @Column(length = MAX_TEXT)
  private String carriedGapsFollowUp;
  @Embedded
  @AttributeOverride(name = "number", column = @Column(name = "revision", nullable = false))
  @AttributeOverride(name = "reviewComments", column = @Column(name = "review_note", length = MAX_TEXT))
  private ReviewedVersion reviewed;

  protected DepartmentAssessment() {
  }

  private DepartmentAssessment(int cycleYear, String departmentId, ReviewedVersion reviewed) {
    this.cycleYear = cycleYear;
    this.departmentId = departmentId;
    this.reviewed = reviewed;
  }

  static DepartmentAssessment first(int cycleYear, String departmentId, String createdBy, Instant createdAt) {
    return new DepartmentAssessment(cycleYear, departmentId, ReviewedVersion.first(createdBy, createdAt));
  }

  /** The next draft after a return: a copy of this revision's answers, which stays as it was. */
  DepartmentAssessment nextDraft(String what, String createdBy, Instant createdAt) {
    var next = new DepartmentAssessment(cycleYear, departmentId, reviewed.nextDraft(what, createdBy, createdAt));
    next.fill(answers());
    return next;
  }

  /** The form's answers, into this draft (the form always sends them all). */
  void fill(AssessmentAnswers answers) {
    this.nothingToReport = answers.nothingToReport();
    this.state = answers.state();
    this.achievements = answers.achievements();
    this.gaps = answers.gaps();
    this.challenges = answers.challenges();
    this.carriedGapsFollowUp = answers.carriedGapsFollowUp();
  }

  ReviewedVersion reviewed() {
    return reviewed;
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
    return reviewed.number();
  }

  ReviewStatus status() {
    return reviewed.status();
  }

  private AssessmentAnswers answers() {
    return new AssessmentAnswers(nothingToReport, state, achievements, gaps, challenges, carriedGapsFollowUp);
  }

  AssessmentView view(String departmentName) {
    return new AssessmentView(id, cycleYear, departmentId, departmentName, revision(), answers(),
        reviewed.submittedBy(), reviewed.submittedAt(), status(), status().hebrewName(), reviewed.reviewComments(),
        reviewed.reviewedBy(), reviewed.reviewedAt());
  }
}
