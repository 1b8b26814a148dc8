package org.maagal.goals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What the design committee drafts from: the CEO's management emphases (דגשים ניהוליים) for the
 * year, and each working team's recommended goals for its channel.
 */
@Entity
@Table(name = "planning_input")
class PlanningInput {

  enum Kind { MANAGEMENT_EMPHASES, CHANNEL_RECOMMENDATION }

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private Kind kind;
  /** The working team's committee id; absent for the CEO's emphases. */
  @Column(length = 100)
  private String teamId;
  @Column(nullable = false, length = 4000)
  private String text;
  @Column(nullable = false, length = 100)
  private String submittedBy;
  @Column(nullable = false)
  private Instant submittedAt;

  protected PlanningInput() {
  }

  PlanningInput(int cycleYear, Kind kind, String teamId, String text, String submittedBy, Instant submittedAt) {
    this.cycleYear = cycleYear;
    this.kind = kind;
    this.teamId = teamId;
    this.text = text;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  PlanningInputView view(String teamName) {
    return new PlanningInputView(cycleYear, kind, teamId, teamName, text, submittedBy, submittedAt);
  }

  String teamId() {
    return teamId;
  }

  /** A planning input as the API shows it. */
  record PlanningInputView(int year, Kind kind, String teamId, String teamName, String text, String submittedBy,
      Instant submittedAt) {
  }
}
