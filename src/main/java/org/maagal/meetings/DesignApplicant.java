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
import org.maagal.organization.Sector;

/**
 * Someone who may sit on the design committee: a resident who answered the open call, or a partner the mapping
 * of the city's partners found, with the sector they would represent. The strategy unit proposes whom to take
 * and the steering committee decides; the decision is kept here (the organisation file then lists the members
 * who log in and vote).
 */
@Entity
@Table(name = "design_applicant")
class DesignApplicant {

  enum Source { OPEN_CALL, PARTNER_MAPPING }

  /**
   * RECEIVED: a resident's application from the public site, for the strategy unit to screen; APPLIED: on the list of
   * candidates; DECLINED: screened out; then PROPOSED to the steering committee, SELECTED or NOT_SELECTED.
   */
  enum Status { RECEIVED, APPLIED, DECLINED, PROPOSED, SELECTED, NOT_SELECTED }

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(nullable = false, length = 200)
  private String name;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Sector sector;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Source source;
  @Column(length = 200)
  private String email;
  @Column(length = 2000)
  private String statement;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;
  @Column(name = "item_id")
  private Long itemId;
  /** The open call answered, for an application from the public site. */
  @Column(name = "call_id")
  private Long callId;
  /** The committee applied to; null for the design committee (the candidates recorded before the open calls). */
  @Column(name = "committee_id", length = 100)
  private String committeeId;
  @Column(nullable = false, length = 100)
  private String addedBy;
  @Column(nullable = false)
  private Instant addedAt;
  @Version
  private long lock;

  protected DesignApplicant() {
  }

  DesignApplicant(int cycleYear, String name, Sector sector, Source source, String email, String statement,
      String addedBy, Instant addedAt) {
    this.cycleYear = cycleYear;
    this.name = name;
    this.sector = sector;
    this.source = source;
    this.email = email;
    this.statement = statement;
    this.status = Status.APPLIED;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  /** A resident's application to an open call, from the public site: received, for the strategy unit to screen. */
  static DesignApplicant received(OpenCall call, String name, Sector sector, String email, String statement,
      Instant at) {
    var applicant = new DesignApplicant(call.cycleYear(), name, sector, Source.OPEN_CALL, email, statement,
        PUBLIC_SITE, at);
    applicant.status = Status.RECEIVED;
    applicant.callId = call.id();
    applicant.committeeId = call.committeeId();
    return applicant;
  }

  /** Who added an application that came from the public site. */
  static final String PUBLIC_SITE = "public-site";

  /** The strategy unit's screening: onto the list of candidates, or declined. */
  void screened(boolean accepted) {
    if (status != Status.RECEIVED) {
      throw new IllegalStateException("Applicant " + id + " is " + status + ", not received");
    }
    status = accepted ? Status.APPLIED : Status.DECLINED;
  }

  /** Whether the applicant would sit on the design committee (whose composition the steering committee decides). */
  boolean forTheDesignCommittee(String designCommitteeId) {
    return committeeId == null || committeeId.equals(designCommitteeId);
  }

  Long callId() {
    return callId;
  }

  String email() {
    return email;
  }

  String statement() {
    return statement;
  }

  String committeeId() {
    return committeeId;
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  Sector sector() {
    return sector;
  }

  Status status() {
    return status;
  }

  void propose(Long itemId) {
    this.status = Status.PROPOSED;
    this.itemId = itemId;
  }

  /** The committee's decision on the proposal this applicant was in, or left out of. */
  void decided(boolean approved) {
    if (status == Status.PROPOSED) {
      status = approved ? Status.SELECTED : Status.APPLIED;
    } else if (status == Status.APPLIED && approved) {
      status = Status.NOT_SELECTED;
    }
  }

  ApplicantView view() {
    return new ApplicantView(id, cycleYear, name, sector, source.name(), email, statement, status.name(), committeeId,
        callId);
  }

  /** An applicant as the strategy unit and the steering committee read them. */
  record ApplicantView(long id, int year, String name, Sector sector, String source, String email,
      String statement, String status, String committeeId, Long callId) {
  }
}
