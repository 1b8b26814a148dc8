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
import java.util.Arrays;
import java.util.List;
import org.maagal.organization.Channel;

/**
 * The programme's focus from a cycle year on, as the strategy unit proposes it and the steering committee
 * decides it: the channels (אפיקים) the working teams work in, and the neighbourhoods in focus. Once approved it
 * holds for the following years until another is approved.
 */
@Entity
@Table(name = "programme_scope")
class ProgrammeScope {

  enum Status { PROPOSED, APPROVED, REJECTED }

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  /** The channels' names, comma-separated, in the enum's order. */
  @Column(nullable = false, length = 200)
  private String channels;
  /** The neighbourhoods, one a line. */
  @Column(length = 2000)
  private String neighbourhoods;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;
  @Column(name = "item_id", nullable = false)
  private Long itemId;
  @Column(nullable = false, length = 100)
  private String proposedBy;
  @Column(nullable = false)
  private Instant proposedAt;
  private Instant decidedAt;
  @Version
  private long lock;

  protected ProgrammeScope() {
  }

  ProgrammeScope(int cycleYear, List<Channel> channels, List<String> neighbourhoods, Long itemId, String proposedBy,
      Instant proposedAt) {
    this.cycleYear = cycleYear;
    this.channels = String.join(",", channels.stream().sorted().map(Channel::name).toList());
    this.neighbourhoods = String.join("\n", neighbourhoods);
    this.status = Status.PROPOSED;
    this.itemId = itemId;
    this.proposedBy = proposedBy;
    this.proposedAt = proposedAt;
  }

  int cycleYear() {
    return cycleYear;
  }

  List<Channel> channels() {
    return Arrays.stream(channels.split(",")).map(Channel::valueOf).toList();
  }

  List<String> neighbourhoods() {
    return neighbourhoods == null || neighbourhoods.isEmpty() ? List.of() : List.of(neighbourhoods.split("\n"));
  }

  Status status() {
    return status;
  }

  Long itemId() {
    return itemId;
  }

  void decided(boolean approved, Instant at) {
    this.status = approved ? Status.APPROVED : Status.REJECTED;
    this.decidedAt = at;
  }

  Instant decidedAt() {
    return decidedAt;
  }
}
