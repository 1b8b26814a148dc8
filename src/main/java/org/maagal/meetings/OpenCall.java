package org.maagal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An open call (קול קורא) for residents to join the design committee or a working team: the role and the
 * requirements the committee set, recorded by the strategy unit, open on the public site until the day it closes or
 * the strategy unit closes it.
 */
@Entity
@Table(name = "open_call")
class OpenCall {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "committee_id", nullable = false, length = 100)
  private String committeeId;
  @Column(nullable = false, length = 200)
  private String role;
  @Column(nullable = false, length = 2000)
  private String requirements;
  @Column(nullable = false)
  private LocalDate closesOn;
  @Column(nullable = false, length = 100)
  private String openedBy;
  @Column(nullable = false)
  private Instant openedAt;
  @Column(length = 100)
  private String closedBy;
  private Instant closedAt;
  @Version
  private long lock;

  protected OpenCall() {
  }

  OpenCall(int cycleYear, String committeeId, String role, String requirements, LocalDate closesOn, String openedBy,
      Instant openedAt) {
    this.cycleYear = cycleYear;
    this.committeeId = committeeId;
    this.role = role;
    this.requirements = requirements;
    this.closesOn = closesOn;
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  Long id() {
    return id;
  }

  int cycleYear() {
    return cycleYear;
  }

  String committeeId() {
    return committeeId;
  }

  String role() {
    return role;
  }

  String requirements() {
    return requirements;
  }

  /** Whether residents may still apply on the day. */
  boolean openOn(LocalDate day) {
    return closedAt == null && !day.isAfter(closesOn);
  }

  void close(String by, Instant at) {
    if (closedAt == null) {
      closedBy = by;
      closedAt = at;
    }
  }

  OpenCallView view(String committeeName, LocalDate today) {
    return new OpenCallView(id, cycleYear, committeeId, committeeName, role, requirements, closesOn, openOn(today),
        openedBy, openedAt, closedBy, closedAt);
  }
}
