package org.maagal.workplans;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.function.UnaryOperator;

/** A step's decision on a submitted version: the automatic checks, the strategy unit, finance, the CEO. */
@Entity
@Table(name = "work_plan_review")
class WorkPlanReview {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "department_id", nullable = false, length = 100)
  private String departmentId;
  @Column(name = "version_number", nullable = false)
  private int versionNumber;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private ReviewStep step;
  private boolean approved;
  @Column(length = 4000)
  private String comments;
  @Column(nullable = false, length = 100)
  private String decidedBy;
  @Column(nullable = false)
  private Instant decidedAt;

  protected WorkPlanReview() {
  }

  WorkPlanReview(WorkPlanVersion version, ReviewStep step, boolean approved, String comments, String decidedBy,
      Instant decidedAt) {
    this.cycleYear = version.cycleYear();
    this.departmentId = version.departmentId();
    this.versionNumber = version.number();
    this.step = step;
    this.approved = approved;
    this.comments = comments;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  WorkPlanView.ReviewView view(UnaryOperator<String> names) {
    return new WorkPlanView.ReviewView(versionNumber, step, step.hebrewName(), approved, comments, decidedBy,
        names.apply(decidedBy), decidedAt);
  }

  int versionNumber() {
    return versionNumber;
  }

  ReviewStep step() {
    return step;
  }

  boolean approved() {
    return approved;
  }

  String decidedBy() {
    return decidedBy;
  }

  String comments() {
    return comments;
  }
}
