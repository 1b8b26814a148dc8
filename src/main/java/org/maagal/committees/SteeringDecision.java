package org.maagal.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The steering committee's decision on a version of the goal tree: approved, or returned with comments. */
@Entity
@Table(name = "steering_decision")
class SteeringDecision {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "subject_version", nullable = false)
  private int subjectVersion;
  private boolean approved;
  @Column(length = 4000)
  private String comments;
  @Column(nullable = false, length = 100)
  private String decidedBy;
  @Column(nullable = false)
  private Instant decidedAt;

  protected SteeringDecision() {
  }

  SteeringDecision(int cycleYear, int subjectVersion, boolean approved, String comments, String decidedBy,
      Instant decidedAt) {
    this.cycleYear = cycleYear;
    this.subjectVersion = subjectVersion;
    this.approved = approved;
    this.comments = comments;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  Long id() {
    return id;
  }

  DecisionView view() {
    return new DecisionView(cycleYear, subjectVersion, approved, comments, decidedBy, decidedAt);
  }
}
