package org.maagal.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One part of a year proposed for the public site, with its frozen snapshot: proposed by the strategy unit,
 * approved or not by the committee, and once published perhaps withdrawn. Nothing of it is ever changed but its
 * status and the record of the decision and the withdrawal.
 */
@Entity
@Table(name = "publication")
class Publication {

  /** The snapshot's JSON at most: a 250-department tree with its money is a few hundred thousand characters. */
  static final int LONGEST_SNAPSHOT = 1_000_000;

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PublishedPart part;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private PublicationStatus status;
  @Column(nullable = false, length = LONGEST_SNAPSHOT)
  private String snapshot;
  @Column(length = 64)
  private String processInstanceId;
  @Column(nullable = false, length = 100)
  private String proposedBy;
  @Column(nullable = false)
  private Instant proposedAt;
  private Instant decidedAt;
  @Column(length = 1000)
  private String decision;
  @Column(length = 100)
  private String withdrawnBy;
  private Instant withdrawnAt;
  @Column(length = 1000)
  private String withdrawnBecause;
  @Version
  private long lock;

  protected Publication() {
  }

  Publication(int cycleYear, PublishedPart part, String snapshot, String proposedBy, Instant proposedAt) {
    this.cycleYear = cycleYear;
    this.part = part;
    this.status = PublicationStatus.PROPOSED;
    this.snapshot = snapshot;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  Long id() {
    return id;
  }

  int cycleYear() {
    return cycleYear;
  }

  PublishedPart part() {
    return part;
  }

  PublicationStatus status() {
    return status;
  }

  String snapshot() {
    return snapshot;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  void awaitedBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The committee's decision: published, or not; {@code decision} its wording and who decided. */
  void decided(boolean approved, String decision, Instant at) {
    requireStatus(PublicationStatus.PROPOSED);
    this.status = approved ? PublicationStatus.PUBLISHED : PublicationStatus.NOT_APPROVED;
    this.decision = decision;
    this.decidedAt = at;
  }

  void withdraw(String by, String because, Instant at) {
    requireStatus(PublicationStatus.PUBLISHED);
    this.status = PublicationStatus.WITHDRAWN;
    this.withdrawnBy = by;
    this.withdrawnBecause = because;
    this.withdrawnAt = at;
  }

  private void requireStatus(PublicationStatus expected) {
    if (status != expected) {
      throw PublicationProblems.notNow(this, expected);
    }
  }

  PublicationView view() {
    return new PublicationView(id, cycleYear, part, part.hebrewName(), status, status.hebrewName(), proposedBy,
        proposedAt, decidedAt, decision, withdrawnBy, withdrawnAt, withdrawnBecause);
  }
}
