package org.maagal.deadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes messages to the outbox exactly once, and e-mails them after the writing transaction
 * commits (when mail is on: {@code maagal.notifications.mail}). A message is claimed (marked
 * mailed, optimistically locked) in its own transaction before it is sent, so two nodes never
 * send it both; a failed send un-claims it, and the next round of the deadline watch retries it.
 */
@Service
class Outbox {

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);
  private static final Duration RETRY_AFTER = Duration.ofMinutes(5);

  private final Notifications notifications;
  private final DigestPreferences digests;
  private final ObjectProvider<JavaMailSender> mail;
  private final TransactionTemplate ownTransaction;
  private final boolean mailOn;
  private final String from;
  private final Clock clock;

  Outbox(Notifications notifications, DigestPreferences digests, ObjectProvider<JavaMailSender> mail,
      PlatformTransactionManager transactions,
      @Value("${maagal.notifications.mail:false}") boolean mailOn,
      @Value("${maagal.notifications.from:maagal@localhost}") String from, Clock clock) {
    this.notifications = notifications;
    this.digests = digests;
    this.mail = mail;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mailOn = mailOn;
    this.from = from;
    this.clock = clock;
  }

  /** Puts the message in the outbox unless its key is there already; answers whether it was new. */
  @Transactional(propagation = Propagation.MANDATORY)
  boolean put(Notification message) {
    if (notifications.existsByDedupKey(message.dedupKey())) {
      return false;
    }
    Long id = notifications.saveAndFlush(message).id();
    if (mailOn && message.email() != null && !waitsForDigest(message)) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          mail(List.of(id));
        }
      });
    }
    return true;
  }

  /** Retries the messages whose e-mail failed a while ago. */
  void retryUnsent() {
    if (mailOn) {
      var ids = new ArrayList<Long>();
      notifications.findByMailedAtIsNullAndEmailIsNotNullAndCreatedAtBeforeOrderByIdAsc(Instant.now(clock).minus(RETRY_AFTER))
          .stream().filter(message -> !waitsForDigest(message)).forEach(message -> ids.add(message.id()));
      mail(ids);
    }
  }

  /**
   * One mail a day for each person who asked for a digest: their reminders not yet mailed, in one
   * message, once per day (the digest's key holds the date); the reminders count as mailed with it.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void putDigests(LocalDate today, Instant now) {
    for (var preference : digests.findByDailyTrue()) {
      var waiting = notifications.findByRecipientAndKindAndMailedAtIsNullOrderByIdAsc(preference.personId(),
          Notification.Kind.REMINDER);
      if (waiting.isEmpty() || waiting.get(0).email() == null) {
        continue;
      }
      var body = new StringBuilder("שלום,\n\nאלה המשימות שמחכות לך:\n");
      waiting.forEach(reminder -> body.append("\n• ").append(reminder.subject()));
      var digest = new Notification("DIGEST|" + preference.personId() + "|" + today, Notification.Kind.DIGEST,
          preference.personId(), waiting.get(0).email(), "סיכום יומי: " + waiting.size() + " תזכורות למשימות",
          body.toString(), null, now);
      if (put(digest)) {
        waiting.forEach(reminder -> reminder.mailed(now));
      }
    }
  }

  private boolean waitsForDigest(Notification message) {
    return message.kind() == Notification.Kind.REMINDER && digests.wantsDigest(message.recipient());
  }

  private void mail(List<Long> ids) {
    var sender = mail.getIfAvailable();
    if (sender == null) {
      log.warn("maagal.notifications.mail is on but no mail server is configured (spring.mail.host)");
      return;
    }
    for (Long id : ids) {
      try {
        ownTransaction.executeWithoutResult(status -> {
          var message = notifications.findById(id).orElseThrow();
          if (message.mailedAt() != null) {
            return;
          }
          message.mailed(Instant.now(clock));
          notifications.saveAndFlush(message);
          var email = new SimpleMailMessage();
          email.setFrom(from);
          email.setTo(message.email());
          email.setSubject(message.subject());
          email.setText(message.body());
          sender.send(email);
        });
      } catch (RuntimeException failed) {
        log.warn("Message {} not mailed, kept for the next round: {}", id, failed.getMessage());
      }
    }
  }
}
