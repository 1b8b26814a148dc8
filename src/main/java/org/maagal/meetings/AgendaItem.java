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

/**
 * One item for a committee: a decision the cycle waits for (placed by the process that waits), or what the
 * strategy unit puts on the agenda. It sits on a meeting's agenda; an item a meeting did not decide moves to the
 * committee's next meeting, and one with no meeting ahead waits for the next meeting planned.
 */
@Entity
@Table(name = "agenda_item")
class AgendaItem {

  enum Kind { DECISION, DISCUSSION }

  enum Status { OPEN, DECIDED, DISCUSSED, WITHDRAWN }

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "committee_id", nullable = false, length = 100)
  private String committeeId;
  @Column(name = "cycle_year", nullable = false)
  private int cycleYear;
  @Column(name = "meeting_id")
  private Long meetingId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;
  @Column(nullable = false, length = 300)
  private String title;
  @Column(length = 4000)
  private String detail;
  /** A page or document of the application the members read before deciding (the tree's diff, the book). */
  @Column(length = 500)
  private String link;
  /** The process instance that waits for the decision, and the activity where it waits. */
  @Column(length = 64)
  private String waitingInstanceId;
  @Column(length = 100)
  private String waitingActivityId;
  /** What the meeting said of it, in the minutes. */
  @Column(length = 4000)
  private String discussion;
  private int timesMoved;
  @Column(nullable = false, length = 100)
  private String addedBy;
  @Column(nullable = false)
  private Instant addedAt;
  @Version
  private long lock;

  protected AgendaItem() {
  }

  AgendaItem(String committeeId, int cycleYear, Kind kind, String title, String detail, String link,
      String addedBy, Instant addedAt) {
    this.committeeId = committeeId;
    this.cycleYear = cycleYear;
    this.kind = kind;
    this.status = Status.OPEN;
    this.title = title;
    this.detail = detail;
    this.link = link;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  /** A decision a process waits for at one of its activities. */
  static AgendaItem awaitedBy(String committeeId, int cycleYear, String title, String detail, String link,
      String instanceId, String activityId, String addedBy, Instant addedAt) {
    var item = new AgendaItem(committeeId, cycleYear, Kind.DECISION, title, detail, link, addedBy, addedAt);
    item.waitingInstanceId = instanceId;
    item.waitingActivityId = activityId;
    return item;
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

  Long meetingId() {
    return meetingId;
  }

  Kind kind() {
    return kind;
  }

  Status status() {
    return status;
  }

  String title() {
    return title;
  }

  String detail() {
    return detail;
  }

  String link() {
    return link;
  }

  String waitingInstanceId() {
    return waitingInstanceId;
  }

  String waitingActivityId() {
    return waitingActivityId;
  }

  String discussion() {
    return discussion;
  }

  int timesMoved() {
    return timesMoved;
  }

  boolean open() {
    return status == Status.OPEN;
  }

  boolean placedByTheCycle() {
    return waitingInstanceId != null;
  }

  void placeOn(Long meetingId) {
    if (this.meetingId != null && !this.meetingId.equals(meetingId)) {
      timesMoved++;
    }
    this.meetingId = meetingId;
  }

  void discussed(String discussion) {
    this.discussion = discussion;
  }

  void decided() {
    this.status = Status.DECIDED;
  }

  /** A discussion item the meeting held is done with. */
  void closeDiscussion() {
    this.status = Status.DISCUSSED;
  }

  void withdraw() {
    this.status = Status.WITHDRAWN;
  }
}
