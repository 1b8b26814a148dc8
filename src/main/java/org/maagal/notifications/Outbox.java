package org.maagal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.hibernate.Session;
import org.maagal.api.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes messages to the outbox exactly once (their unique key), and e-mails them from the job
 * executor (when mail is on: {@code maagal.notifications.mail}): a round of the deadline watch starts
 * a {@code mail-notifications} instance per {@value #SHARE} messages waiting, and any node's job
 * executor runs it, so a burst of reminders is mailed by every node at once.
 *
 * <p>What "once" means for e-mail. A job claims its messages {@value #MARKED_TOGETHER} at a time with row locks
 * ({@code FOR UPDATE SKIP LOCKED}): two nodes never hold one together, and a node that dies drops its locks with
 * its connection. Their mark "mailed" is committed after the SMTP server has the first one's whole message but
 * before its end of data ({@code <CRLF>.<CRLF>}), which asks the server to take it: a server delivers nothing whose
 * end of data it did not get (RFC 5321, 4.1.1.4). So a crash or a failure before that commit leaves them waiting,
 * to be mailed again, and the server never had any; after it, none is mailed again but by the job itself. The
 * server's answers are recorded at the job's end, in one commit: what it took is marked confirmed; what it refused
 * with an answer, and what the job marked but never sent (a connection that failed before a message's last byte),
 * waits again for the next round.
 *
 * <p>The gap left is at most once, never twice: a node killed after a group's mark and before the end of data of
 * all its messages, or a connection lost before the server's answer to an end of data, leaves messages marked
 * mailed that the server may not have. No order of the two writes closes that gap, for SMTP cannot be asked
 * whether the server took a message; this order makes it the smaller: the other (mark after the server's answer)
 * would send again every message whose node died while the server took it or while the mark was committed. Such a
 * message is never silent: it stays unconfirmed ({@link Notifications#unconfirmed}), and a connection that broke is
 * logged as an error with its id. The size of the group weighs speed against what a crash can lose (see
 * {@link #MARKED_TOGETHER}).
 */
@Service
public class Outbox {

  /**
   * The messages a mailing job sends at most. Small enough that a burst makes many jobs: a node holds up to 13 at
   * a time (10 threads and a queue of 3), so with shares of 100 the node whose watch wrote a burst of 1,000 took
   * it all and the other node had nothing left to take (the burst benchmark's figures).
   */
  static final int SHARE = 25;

  /**
   * The messages claimed and marked mailed in one commit, and so the most a node killed mid-job can lose on each of
   * its sending threads. Each message marked in a commit of its own drained a burst of 5,000 at 144 a second on the
   * build machine; the whole share of 25 in one, at 306 to 366, but a node killed mid-burst lost 225 of 1,019.
   */
  static final int MARKED_TOGETHER = 5;

  /** The keys looked up in one query: well below the parameters a statement may carry. */
  private static final int KEYS_A_QUERY = 500;

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  /** A message waiting for its e-mail: not mailed, with an address, and not a reminder its person gets in a digest. */
  private static final String WAITING = """
      n.mailed_at is null and n.email is not null
        and not (n.kind = 'REMINDER' and exists (select 1 from digest_preference d where d.person_id = n.recipient and d.daily))""";
  /** The next {@code :atMost} waiting after {@code :after}, locked for this transaction, skipping those another holds. */
  private static final String CLAIM_NEXT = "select n.id from notification n where " + WAITING
      + " and n.id > :after order by n.id fetch first :atMost rows only for update skip locked";
  private static final String COUNT_WAITING = "select count(*) from notification n where " + WAITING;

  private final Notifications notifications;
  private final DigestPreferences digests;
  private final ObjectProvider<JavaMailSender> mail;
  private final PlatformTransactionManager transactions;
  private final EntityManager entities;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final boolean mailOn;
  private final String from;
  private final String node;
  private final Clock clock;

  Outbox(Notifications notifications, DigestPreferences digests, ObjectProvider<JavaMailSender> mail,
      PlatformTransactionManager transactions, EntityManager entities, RuntimeService runtime,
      ManagementService management,
      @Value("${maagal.notifications.mail:false}") boolean mailOn,
      @Value("${maagal.notifications.from:maagal@localhost}") String from,
      @Value("${maagal.node:maagal}") String node, Clock clock) {
    this.notifications = notifications;
    this.digests = digests;
    this.mail = mail;
    this.transactions = transactions;
    this.entities = entities;
    this.runtime = runtime;
    this.management = management;
    this.mailOn = mailOn;
    this.from = from;
    this.node = node;
    this.clock = clock;
  }

  /** Puts the message in the outbox unless its key is there already; answers whether it was new. */
  @Transactional(propagation = Propagation.MANDATORY)
  public boolean put(Notification message) {
    return putAll(List.of(message)) == 1;
  }

  /**
   * Puts the messages whose keys are not in the outbox yet (nor earlier in the list), in batches: a round of the
   * watch writes thousands. Answers how many were new.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int putAll(List<Notification> messages) {
    var known = new HashSet<String>();
    for (int from = 0; from < messages.size(); from += KEYS_A_QUERY) {
      var keys = messages.subList(from, Math.min(messages.size(), from + KEYS_A_QUERY)).stream()
          .map(Notification::dedupKey).toList();
      known.addAll(notifications.dedupKeysAmong(keys));
    }
    var fresh = messages.stream().filter(message -> known.add(message.dedupKey())).toList();
    notifications.saveAll(fresh);
    notifications.flush();
    // out of the persistence context at once: a round writes thousands, and every flush would check them all
    fresh.forEach(entities::detach);
    return fresh.size();
  }

  /**
   * Starts, in the caller's transaction, the jobs that mail what waits: new messages and those whose mail failed
   * before, a job a share. Jobs started earlier that no node has taken yet count, each for a share: rounds of the
   * watch that come while a burst drains add none. A share too many does no harm: a job that finds nothing waiting
   * ends.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void mailInTheBackground() {
    if (!mailOn) {
      return;
    }
    long waiting = ((Number) entities.createNativeQuery(COUNT_WAITING).getSingleResult()).longValue();
    long notTakenYet = management.createJobQuery().processDefinitionKey(MailNotificationsProcess.PROCESS_ID).count()
        - management.createJobQuery().processDefinitionKey(MailNotificationsProcess.PROCESS_ID).acquired().count();
    for (long share = notTakenYet; share < (waiting + SHARE - 1) / SHARE; share++) {
      runtime.startProcessInstanceByKey(MailNotificationsProcess.PROCESS_ID);
    }
  }

  /**
   * One mailing job: mails up to {@code atMost} waiting messages over one connection to the mail server, the lowest
   * ids first, claimed and marked {@value #MARKED_TOGETHER} at a time; records the server's answers in one more
   * commit. Answers how many the server took. A message not sent waits for the next round.
   */
  int mailWaiting(int atMost) {
    if (!mailOn || !(mail.getIfAvailable() instanceof JavaMailSenderImpl server)) {
      if (mailOn) {
        log.warn("maagal.notifications.mail is on but no mail server is configured (spring.mail.host)");
      }
      return 0;
    }
    var ownTransaction = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    var taken = new ArrayList<Long>();
    var waitingAgain = new ArrayList<Long>();
    int claimed = 0;
    long after = 0;
    Transport transport = null;
    try {
      while (claimed < atMost) {
        var claim = transactions.getTransaction(ownTransaction);
        var group = new Group();
        try {
          List<Long> ids = ((List<?>) entities.createNativeQuery(CLAIM_NEXT).setParameter("after", after)
              .setParameter("atMost", Math.min(MARKED_TOGETHER, atMost - claimed)).getResultList()).stream()
              .map(id -> ((Number) id).longValue()).toList();
          if (ids.isEmpty()) {
            break;
          }
          claimed += ids.size();
          after = ids.get(ids.size() - 1);
          group.ids.addAll(ids);
          for (var message : notifications.findAllById(ids).stream().sorted(Comparator.comparing(Notification::id))
              .toList()) {
            if (transport == null) {
              transport = connect(server);
            }
            Sent sent = mailOne(server, transport, message, group);
            group.ids.remove(message.id());
            switch (sent) {
              case TAKEN -> taken.add(message.id());
              case NOT_SENT, REFUSED -> {
                // only a mark of the group's own is undone: a message that failed before the group was marked was
                // never marked by it, and once the mark's commit dropped the claim's locks another job may have it
                if (group.marked) {
                  waitingAgain.add(message.id());
                }
              }
              case IN_DOUBT -> {
                // marked mailed, and the server may have it: never sent again
              }
            }
            if (sent != Sent.TAKEN) {
              close(transport); // a failed message may leave the connection mid-way: the next one starts afresh
              transport = null;
            }
          }
        } catch (MessagingException unreachable) {
          log.warn("Mail server unreachable, {} messages kept for the next round: {}", group.ids.size(),
              unreachable.getMessage());
          break;
        } finally {
          // the group's marks are committed, when its first message reached its end of data
          waitingAgain.addAll(group.marked ? group.ids : List.of());
          if (!claim.isCompleted()) {
            if (group.marked) {
              transactions.commit(claim);
            } else {
              transactions.rollback(claim);
            }
          }
        }
      }
    } finally {
      close(transport);
      var settling = new TransactionTemplate(transactions, ownTransaction);
      settling.executeWithoutResult(status -> settle(taken, waitingAgain));
    }
    return taken.size();
  }

  /** A group of messages claimed together: marked mailed together, once, before the first one's end of data. */
  private final class Group {
    /** The group's messages not sent yet. */
    private final List<Long> ids = new ArrayList<>();
    private boolean marked;

    void markOnce() {
      if (!marked) {
        notifications.markMailed(ids, Instant.now(clock), node);
        entities.unwrap(Session.class).doWork(Connection::commit);
        marked = true;
      }
    }
  }

  private void settle(List<Long> taken, List<Long> waitingAgain) {
    if (!taken.isEmpty()) {
      notifications.markConfirmed(taken, Instant.now(clock));
    }
    if (!waitingAgain.isEmpty()) {
      notifications.markWaiting(waitingAgain);
    }
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

  /** What became of a message. */
  private enum Sent { TAKEN, NOT_SENT, REFUSED, IN_DOUBT }

  /**
   * Sends the claimed message. The group's mark is committed, when it is not yet, after the message's last byte and
   * before its end of data, on the claim's own connection: the transaction manager's bookkeeping after a commit waits
   * until the server has answered, so that as little as possible lies between the commit and the end of data.
   */
  private Sent mailOne(JavaMailSenderImpl server, Transport transport, Notification message, Group group) {
    MailContent.Email email = null;
    try {
      email = MailContent.email(server.getSession(), from, message, Instant.now(clock), group::markOnce);
      transport.sendMessage(email, email.getAllRecipients());
      return Sent.TAKEN;
    } catch (MessagingException failed) {
      if (email == null || !email.written()) {
        log.warn("Message {} not mailed, kept for the next round: {}", message.id(), failed.getMessage());
        return Sent.NOT_SENT;
      }
      if (failed instanceof SendFailedException) {
        log.warn("Message {} refused by the mail server, kept for the next round: {}", message.id(),
            failed.getMessage());
        return Sent.REFUSED;
      }
      log.error("Message {} is marked mailed, but the mail server may not have it: the connection failed at the end"
          + " of data ({}); it is not sent again, so that nobody gets it twice", message.id(), failed.getMessage());
      return Sent.IN_DOUBT;
    }
  }

  /**
   * The strategy unit sends an unconfirmed message again: it waits once more, and a mailing job starts for it now.
   * Only a message a node marked mailed a minute ago or more that the server never confirmed; its recipient may get it
   * twice, which is the person's choice against none.
   */
  @Transactional
  public Notification.NotificationView resend(long id) {
    var message = notifications.findById(id).orElseThrow(() -> Problems.problem(HttpStatus.NOT_FOUND,
        "Message not found", "אין הודעה " + id + " בתיבת הדואר היוצא", Map.of("id", id)));
    if (!message.unconfirmedSince(Instant.now(clock).minus(Duration.ofMinutes(1)))) {
      throw Problems.problem(HttpStatus.CONFLICT, "Not unconfirmed", "אפשר לשלוח שוב רק הודעה שסומנה כנשלחה לפני דקה"
          + " לפחות ושרת הדואר לא אישר שקיבל", Map.of("id", id));
    }
    message.mailed(null, null);
    notifications.flush();
    mailInTheBackground();
    return message.view();
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
}
