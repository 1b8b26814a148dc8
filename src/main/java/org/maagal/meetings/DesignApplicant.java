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

  enum Status { APPLIED, PROPOSED, SELECTED, NOT_SELECTED }

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
    return new ApplicantView(id, cycleYear, name, sector, source.name(), email, statement, status.name());
  }

  /** An applicant as the strategy unit and the steering committee read them. */
  record ApplicantView(long id, int year, String name, Sector sector, String source, String email,
      String statement, String status) {
  }
}
