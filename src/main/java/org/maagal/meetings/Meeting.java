package org.maagal.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One meeting of a committee in a cycle year: when and where, where it stands, who came, and its process. A
 * meeting is never deleted: a cancelled one stays, with who cancelled it and why.
 */
@Entity
@Table(name = "meeting")
class Meeting {

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "committee_id", nullable = false, length = 100)
  private String committeeId;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  /** Israel local time. */
  @Column(nullable = false)
  private LocalDateTime startsAt;
  private int hours;
  @Column(length = 300)
  private String place;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private MeetingStatus status;
  /** Added by the strategy unit, not placed by the committee's cadence. */
  private boolean extraordinary;
  @Column(length = 64)
  private String processInstanceId;
  /** How many invitations were sent: 0 before the first, and each move sends the next. */
  private int invitations;
  private Boolean quorumMet;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "person_id", length = 100)
  private Set<String> present = new TreeSet<>();
  /** The agenda as it stood when the meeting was held or cancelled; its items may have moved on since. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "meeting_agenda", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderColumn(name = "position")
  @Column(name = "item_id")
  private List<Long> agenda = new ArrayList<>();
  @Column(length = 100)
  private String recordedBy;
  private Instant recordedAt;
  @Column(length = 1000)
  private String cancelReason;
  @Column(length = 100)
  private String createdBy;
  @Column(nullable = false)
  private Instant createdAt;
  @Version
  private long lock;

  protected Meeting() {
  }

  Meeting(String committeeId, int cycleYear, LocalDateTime startsAt, int hours, String place, boolean extraordinary,
      String createdBy, Instant createdAt) {
    this.committeeId = committeeId;
    this.cycleYear = cycleYear;
    this.startsAt = startsAt;
    this.hours = hours;
    this.place = place;
    this.extraordinary = extraordinary;
    this.status = MeetingStatus.PLANNED;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  Long id() {
    return id;
  }

  String committeeId() {
    return committeeId;
  }

  int cycleYear() {
    return cycleYear;
  }

  LocalDateTime startsAt() {
    return startsAt;
  }

  LocalDateTime endsAt() {
    return startsAt.plusHours(hours);
  }

  String place() {
    return place;
  }

  MeetingStatus status() {
    return status;
  }

  boolean extraordinary() {
    return extraordinary;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  int invitations() {
    return invitations;
  }

  Boolean quorumMet() {
    return quorumMet;
  }

  Set<String> present() {
    return Set.copyOf(present);
  }

  String cancelReason() {
    return cancelReason;
  }

  /** Whether it is still to come: planned or invited. */
  boolean ahead() {
    return status == MeetingStatus.PLANNED || status == MeetingStatus.INVITED;
  }

  void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void move(LocalDateTime startsAt, String place) {
    this.startsAt = startsAt;
    if (place != null) {
      this.place = place;
    }
  }

  /** The agenda is closed and an invitation (or, after a move, an updated one) went out. */
  void invited() {
    this.invitations++;
    this.status = MeetingStatus.INVITED;
  }

  void attended(Collection<String> people, boolean quorumMet) {
    this.present = new TreeSet<>(people);
    this.quorumMet = quorumMet;
  }

  /** Keeps the agenda as it stands now: the items the meeting had, whatever happens to them later. */
  void keepAgenda(List<Long> itemIds) {
    this.agenda = new ArrayList<>(itemIds);
  }

  /** The agenda it had when it was held or cancelled; empty while it is ahead. */
  List<Long> keptAgenda() {
    return List.copyOf(agenda);
  }

  void held(String by, Instant at) {
    this.status = MeetingStatus.HELD;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  void minutesApproved() {
    this.status = MeetingStatus.MINUTES_APPROVED;
  }

  void cancel(String reason) {
    this.status = MeetingStatus.CANCELLED;
    this.cancelReason = reason;
  }

  String recordedBy() {
    return recordedBy;
  }

  Instant recordedAt() {
    return recordedAt;
  }
}
