package org.maagal.committees;

import org.maagal.meetings.Choice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** One member's vote in one round on one version of a cycle's goal tree. A member votes once a round. */
@Entity
@Table(name = "committee_vote", uniqueConstraints = @UniqueConstraint(
    columnNames = {"committee_id", "cycle_year", "subject_version", "round", "member_id"}))
class Vote {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "committee_id", nullable = false, length = 100)
  private String committeeId;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "subject_version", nullable = false)
  private int subjectVersion;
  @Column(nullable = false)
  private int round;
  @Column(name = "member_id", nullable = false, length = 100)
  private String memberId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Choice choice;
  @Column(length = 2000)
  private String comment;
  @Column(nullable = false)
  private Instant castAt;

  protected Vote() {
  }

  Vote(Ballot ballot, String memberId, Choice choice, String comment, Instant castAt) {
    this.committeeId = ballot.committeeId();
    this.cycleYear = ballot.year();
    this.subjectVersion = ballot.version();
    this.round = ballot.round();
    this.memberId = memberId;
    this.choice = choice;
    this.comment = comment;
    this.castAt = castAt;
  }

  Long id() {
    return id;
  }

  Choice choice() {
    return choice;
  }

  VoteView view() {
    return new VoteView(committeeId, cycleYear, subjectVersion, round, memberId, choice, comment, castAt);
  }
}
