package org.maagal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.maagal.reviewing.ReviewedVersion;

/**
 * A version of a meeting's minutes (פרוטוקול): the secretary's summary of the meeting, submitted when the meeting
 * is recorded and approved or returned by the chair; a returned version stays and the next draft is its copy.
 * Attendance, votes and action items are the meeting's own record; the minutes are what was said.
 */
@Entity
@Table(name = "meeting_minutes")
class Minutes {

  static final int MAX_TEXT = 8000;

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;
  @Embedded
  private ReviewedVersion version;
  @Column(length = MAX_TEXT)
  private String summary;
  @Version
  private long lock;

  protected Minutes() {
  }

  Minutes(Long meetingId, ReviewedVersion version, String summary) {
    this.meetingId = meetingId;
    this.version = version;
    this.summary = summary;
  }

  /** The next draft after this returned version, with its text. */
  Minutes nextDraft(String what, String by, Instant at) {
    return new Minutes(meetingId, version.nextDraft(what, by, at), summary);
  }

  Long id() {
    return id;
  }

  Long meetingId() {
    return meetingId;
  }

  ReviewedVersion version() {
    return version;
  }

  String summary() {
    return summary;
  }

  void write(String summary) {
    this.summary = summary;
  }
}
