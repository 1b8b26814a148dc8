package org.maagal.notifications;

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
 * A message to one person about one task, kept in the outbox. Its key (task, kind, person, due
 * date) is unique in the database: a retried job or a second node writing the same message
 * fails to insert it, so nobody gets it twice. E-mail goes out from here, by the mailing jobs ({@link Outbox}).
 */
@Entity
@Table(name = "notification")
public class Notification {

  public enum Kind { REMINDER, ESCALATION, CEO_ESCALATION, DIGEST }

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

  void mailed(Instant at, String by) {
    this.mailedAt = at;
    this.mailedBy = by;
  }

  void confirmed(Instant at) {
    this.confirmedAt = at;
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

  NotificationView view() {
    return new NotificationView(id, kind, recipient, email, subject, body, taskId, createdAt, mailedAt, mailedBy,
        confirmedAt);
  }

  /**
   * A message of the outbox as the API shows it: {@code mailedAt} is empty while it is not e-mailed;
   * {@code mailedBy}, the node that mailed it (empty for a reminder sent in a digest); {@code confirmedAt},
   * when the mail server said it took it, empty for a message mailed but unconfirmed.
   */
  record NotificationView(Long id, Kind kind, String recipient, String email, String subject, String body,
      String taskId, Instant createdAt, Instant mailedAt, String mailedBy, Instant confirmedAt) {
  }
}
