package org.maagal.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * A message to one person about one task, kept in the outbox. Its key (task, kind, person, due
 * date) is unique in the database: a retried job or a second node writing the same message
 * fails to insert it, so nobody gets it twice. E-mail goes out from here, by the mailing jobs ({@link Outbox}).
 * A message may carry one text file, a meeting's invitation ({@link #invitation}), mailed with it.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public enum Kind { REMINDER, ESCALATION, CEO_ESCALATION, DIGEST, INVITATION }

  /**
   * An attachment's octets at most (UTF-8): an invitation is a few KB, and the mailing job holds a share of
   * messages with their files; the column holds as many characters, so whatever passes here fits.
   */
  static final int ATTACHMENT_OCTETS = 64 * 1024;
  static final String INVITATION_FILE = "meeting.ics";

  @Id
  @GeneratedValue
  private Long id;
  @Column(name = "dedup_key", nullable = false, unique = true, length = 300)
  private String dedupKey;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Kind kind;
  @Column(nullable = false, length = 100)
  private String recipient;
  @Column(length = 200)
  private String email;
  @Column(nullable = false, length = 300)
  private String subject;
  @Column(nullable = false, length = 4000)
  private String body;
  @Column(length = 64)
  private String taskId;
  @Column(nullable = false)
  private Instant createdAt;
  private Instant mailedAt;
  /** The node ({@code maagal.node}) that handed it to the mail server; empty for a reminder sent in a digest. */
  @Column(length = 100)
  private String mailedBy;
  /** When the mail server answered its end of data; empty while mailed but unconfirmed (see {@link Outbox}). */
  private Instant confirmedAt;
  @Column(length = 100)
  private String attachmentName;
  @Column(length = 100)
  private String attachmentType;
  @Column(length = ATTACHMENT_OCTETS)
  private String attachment;
  @Version
  private long lock;

  protected Notification() {
  }

  public Notification(String dedupKey, Kind kind, String recipient, String email, String subject, String body, String taskId,
      Instant createdAt) {
    this.dedupKey = dedupKey;
    this.kind = kind;
    this.recipient = recipient;
    this.email = email;
    this.subject = subject;
    this.body = body;
    this.taskId = taskId;
    this.createdAt = createdAt;
  }

  /**
   * An invitation to a meeting, its update or its cancellation (as the event says), with the event as
   * {@value #INVITATION_FILE}; the event's DTSTAMP is {@code createdAt}. The key tells one sending from another:
   * give each update its own (with the event's sequence in it), or the outbox keeps only the first.
   *
   * @throws IllegalArgumentException when the calendar exceeds {@value #ATTACHMENT_OCTETS} octets
   */
  public static Notification invitation(String dedupKey, String recipient, String email, String subject, String body,
      CalendarEvent event, Instant createdAt) {
    var invitation = new Notification(dedupKey, Kind.INVITATION, recipient, email, subject, body, null, createdAt);
    invitation.attach(INVITATION_FILE, "text/calendar; method=" + event.method() + "; charset=UTF-8",
        event.ics(createdAt));
    return invitation;
  }

  private void attach(String name, String type, String content) {
    int octets = content.getBytes(StandardCharsets.UTF_8).length;
    if (octets > ATTACHMENT_OCTETS) {
      throw new IllegalArgumentException("attachment " + name + " has " + octets + " octets, more than "
          + ATTACHMENT_OCTETS);
    }
    this.attachmentName = name;
    this.attachmentType = type;
    this.attachment = content;
  }

  void mailed(Instant at, String by) {
    this.mailedAt = at;
    this.mailedBy = by;
  }

  Long id() {
    return id;
  }

  Kind kind() {
    return kind;
  }

  String recipient() {
    return recipient;
  }

  String dedupKey() {
    return dedupKey;
  }

  /** Marked mailed by a node before {@code before}, and never confirmed by the mail server. */
  boolean unconfirmedSince(Instant before) {
    return mailedBy != null && confirmedAt == null && mailedAt != null && mailedAt.isBefore(before);
  }

  Instant mailedAt() {
    return mailedAt;
  }

  String email() {
    return email;
  }

  String subject() {
    return subject;
  }

  String body() {
    return body;
  }

  /** Empty, or the file mailed with the message: its name, content type and text. */
  Optional<Attachment> attachment() {
    return attachment == null ? Optional.empty()
        : Optional.of(new Attachment(attachmentName, attachmentType, attachment));
  }

  record Attachment(String name, String type, String content) {
  }

  NotificationView view() {
    return new NotificationView(id, kind, recipient, email, subject, body, taskId, createdAt, mailedAt, mailedBy,
        confirmedAt, attachmentName);
  }

  /**
   * A message of the outbox as the API shows it: {@code mailedAt} is empty while it is not e-mailed;
   * {@code mailedBy}, the node that mailed it (empty for a reminder sent in a digest); {@code confirmedAt},
   * when the mail server said it took it, empty for a message mailed but unconfirmed; {@code attachment}, the name of
   * the file mailed with it (an invitation's meeting.ics), empty for most.
   */
  record NotificationView(Long id, Kind kind, String recipient, String email, String subject, String body,
      String taskId, Instant createdAt, Instant mailedAt, String mailedBy, Instant confirmedAt, String attachment) {
  }
}
