package org.maagal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * Writes messages to the outbox exactly once (their unique key), and e-mails them from the job
 * executor (when mail is on: {@code maagal.notifications.mail}): a round of the deadline watch starts
 * a {@code mail-notifications} instance per {@value #SHARE} messages waiting, and any node's job
 * executor runs it, so a burst of reminders is mailed by every node at once.
 *
 * <p>What "once" means for e-mail. A message is claimed with a row lock ({@code FOR UPDATE SKIP LOCKED}):
 * two nodes never hold it together, and a node that dies drops its lock with its connection. Its
 * mark "mailed" is committed after the SMTP server has the whole message but before the end of data
 * ({@code <CRLF>.<CRLF>}) that asks the server to take it: a server delivers nothing whose end of data
 * it did not get (RFC 5321, 4.1.1.4). So a crash or a failure before that commit leaves the message
 * waiting, to be mailed again, and the server never had it; after the commit it is never mailed again.
 * When the server answers the end of data, the message is marked confirmed.
 *
 * <p>The one gap left is at most once, never twice: a node killed in the moment between the mark's commit
 * and writing the end of data, or a connection lost before the server's answer to the end of data, leaves a
 * message marked mailed that the server may not have. No order of the two writes closes that gap, for SMTP
 * cannot be asked whether the server took a message; this order makes it the smallest: the commit's answer
 * on its way back, where the other order (mark after the server's answer) would send again every message
 * whose node died while the server took it or while the mark was committed. Such a message is never silent:
 * it stays unconfirmed ({@link Notifications#unconfirmed}), and a connection that broke is logged as an
 * error with its id. A server that refuses the end of data with an answer un-marks the message for the next
 * round.
 */
@Service
public class Outbox {

  /**
   * The messages a mailing job sends at most. Small enough that a burst makes many jobs: a node holds up to 13 at
   * a time (10 threads and a queue of 3), so with shares of 100 the node whose watch wrote a burst of 1,000 took
   * it all and the other node had nothing left to take (the burst benchmark's figures).
   */
  static final int SHARE = 25;

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  /** The next message waiting after {@code :after}, locked for this transaction, skipping those another holds. */
  private static final String CLAIM_NEXT = """
      select n.id from notification n
      where n.mailed_at is null and n.email is not null and n.id > :after
        and not (n.kind = 'REMINDER' and exists (select 1 from digest_preference d where d.person_id = n.recipient and d.daily))
      order by n.id
      fetch first 1 rows only
      for update skip locked""";
  private static final String COUNT_WAITING = """
      select count(*) from notification n
      where n.mailed_at is null and n.email is not null
        and not (n.kind = 'REMINDER' and exists (select 1 from digest_preference d where d.person_id = n.recipient and d.daily))""";

  private final Notifications notifications;
  private final DigestPreferences digests;
  private final ObjectProvider<JavaMailSender> mail;
  private final PlatformTransactionManager transactions;
  private final EntityManager entities;
  private final RuntimeService runtime;
  private final boolean mailOn;
  private final String from;
  private final String node;
  private final Clock clock;

  Outbox(Notifications notifications, DigestPreferences digests, ObjectProvider<JavaMailSender> mail,
      PlatformTransactionManager transactions, EntityManager entities, RuntimeService runtime,
      @Value("${maagal.notifications.mail:false}") boolean mailOn,
      @Value("${maagal.notifications.from:maagal@localhost}") String from,
      @Value("${maagal.node:maagal}") String node, Clock clock) {
    this.notifications = notifications;
    this.digests = digests;
    this.mail = mail;
    this.transactions = transactions;
    this.entities = entities;
    this.runtime = runtime;
    this.mailOn = mailOn;
    this.from = from;
    this.node = node;
    this.clock = clock;
  }

  /** Puts the message in the outbox unless its key is there already; answers whether it was new. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean put(Notification message) {
    if (notifications.existsByDedupKey(message.dedupKey())) {
      return false;
    }
    notifications.saveAndFlush(message);
    // out of the persistence context at once: a round writes thousands, and every flush would check them all
    entities.detach(message);
    return true;
  }

  /**
   * Starts, in the caller's transaction, the jobs that mail what waits: new messages and those whose
   * mail failed before. A share too many does no harm: a job that finds nothing waiting ends.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void mailInTheBackground() {
    if (!mailOn) {
      return;
    }
    long waiting = ((Number) entities.createNativeQuery(COUNT_WAITING).getSingleResult()).longValue();
    for (long share = 0; share < (waiting + SHARE - 1) / SHARE; share++) {
      runtime.startProcessInstanceByKey(MailNotificationsProcess.PROCESS_ID);
    }
  }

  /**
   * One mailing job: mails up to {@code atMost} waiting messages over one connection to the mail server,
   * each claimed and marked in a transaction of its own, the lowest ids first; answers how many went out.
   * A failed send leaves its message waiting.
   */
  int mailWaiting(int atMost) {
    if (!mailOn || !(mail.getIfAvailable() instanceof JavaMailSenderImpl server)) {
      if (mailOn) {
        log.warn("maagal.notifications.mail is on but no mail server is configured (spring.mail.host)");
      }
      return 0;
    }
    var ownTransaction = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    long after = 0;
    int mailed = 0;
    Transport transport = null;
    try {
      for (int tried = 0; tried < atMost; tried++) {
        var claim = transactions.getTransaction(ownTransaction);
        try {
          List<?> next = entities.createNativeQuery(CLAIM_NEXT).setParameter("after", after).getResultList();
          if (next.isEmpty()) {
            break;
          }
          after = ((Number) next.get(0)).longValue();
          if (transport == null) {
            transport = connect(server);
          }
          if (mailOne(server, transport, notifications.findById(after).orElseThrow(), claim)) {
            mailed++;
          } else {
            close(transport); // a failed message may leave the connection mid-way: the next one starts afresh
            transport = null;
          }
        } catch (MessagingException unreachable) {
          log.warn("Mail server unreachable, message {} kept for the next round: {}", after, unreachable.getMessage());
          break;
        } finally {
          if (!claim.isCompleted()) {
            transactions.rollback(claim);
          }
        }
      }
    } finally {
      close(transport);
    }
    return mailed;
  }

  /** As Spring's sender connects (a host of null: the session's own, as from JNDI). */
  private static Transport connect(JavaMailSenderImpl server) throws MessagingException {
    Transport transport = server.getSession().getTransport(server.getProtocol() == null ? "smtp" : server.getProtocol());
    transport.connect(server.getHost(), server.getPort(), server.getUsername(), server.getPassword());
    return transport;
  }

  private static void close(Transport transport) {
    try {
      if (transport != null) {
        transport.close();
      }
    } catch (MessagingException ignored) {
      // every message sent had its answer already; a connection that does not close well changes nothing
    }
  }

  /** Sends the claimed message; its transaction commits inside the send, before the end of data (see above). */
  private boolean mailOne(JavaMailSenderImpl server, Transport transport, Notification message,
      TransactionStatus claim) {
    // The mark's commit is the connection's own, the last thing before the end of data: the transaction
    // manager's bookkeeping after a commit (releasing, resuming the job's transaction) waits until the server
    // has answered, so that as little as possible lies between the commit and the end of data.
    var email = new CommitBeforeEndOfData(server.getSession(), message.id(), () -> {
      message.mailed(Instant.now(clock), node);
      notifications.saveAndFlush(message);
      entities.unwrap(Session.class).doWork(Connection::commit);
    });
    try {
      var helper = new MimeMessageHelper(email, "UTF-8");
      helper.setFrom(from);
      helper.setTo(message.email());
      helper.setSubject(message.subject());
      MailContent.write(helper, message);
      email.setSentDate(Date.from(Instant.now(clock)));
      email.saveChanges();
      transport.sendMessage(email, email.getAllRecipients());
      message.confirmed(Instant.now(clock));
      transactions.commit(claim); // the message is the transaction's own: its commit writes the confirmation
      return true;
    } catch (MessagingException failed) {
      if (!email.committed) {
        log.warn("Message {} not mailed, kept for the next round: {}", message.id(), failed.getMessage());
      } else if (failed instanceof SendFailedException) {
        log.warn("Message {} refused by the mail server, kept for the next round: {}", message.id(),
            failed.getMessage());
        unmark(message.id());
      } else {
        log.error("Message {} is marked mailed, but the mail server may not have it: the connection failed at the"
            + " end of data ({}); it is not sent again, so that nobody gets it twice", message.id(), failed.getMessage());
      }
      return false;
    }
  }

  private void unmark(Long id) {
    var status = transactions.getTransaction(new DefaultTransactionDefinition(
        TransactionDefinition.PROPAGATION_REQUIRES_NEW));
    try {
      notifications.findById(id).ifPresent(message -> message.mailed(null, null));
      transactions.commit(status);
    } finally {
      if (!status.isCompleted()) {
        transactions.rollback(status);
      }
    }
  }

  /**
   * One mail a day for each person who asked for a digest: their reminders not yet mailed, in one
   * message, once per day (the digest's key holds the date); the reminders count as mailed with it. Only
   * reminders: an invitation or an escalation is mailed on its own, the day it is written.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void putDigests(LocalDate today, Instant now) {
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
        waiting.forEach(reminder -> reminder.mailed(now, null));
      }
    }
  }

  /**
   * A MIME message that runs the claim's commit after its last byte and before the SMTP client writes
   * the end of data. JavaMail's SMTP transport writes the message once ({@code writeTo}) and then the
   * end of data; an {@link IOException} from {@code writeTo} makes it drop the connection instead, so a
   * failed commit sends nothing. The Message-ID names the outbox message, the same on every attempt.
   */
  private static final class CommitBeforeEndOfData extends MimeMessage {

    private final Long id;
    private final Runnable commit;
    private boolean committed;

    CommitBeforeEndOfData(jakarta.mail.Session session, Long id, Runnable commit) {
      super(session);
      this.id = id;
      this.commit = commit;
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreHeaders) throws IOException, MessagingException {
      super.writeTo(out, ignoreHeaders);
      out.flush();
      if (!committed) {
        try {
          commit.run();
          committed = true;
        } catch (RuntimeException notMarked) {
          throw new IOException("message " + id + " not marked mailed, so not sent", notMarked);
        }
      }
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<notification-" + id + "@maagal>");
    }
  }
}
