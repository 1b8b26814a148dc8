package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.ApplicationProcess.json;
import static org.maagal.notifications.ReminderBurst.daysToTheReminders;
import static org.maagal.notifications.ReminderBurst.departmentTasks;
import static org.maagal.notifications.ReminderBurst.mailed;
import static org.maagal.notifications.ReminderBurst.mailingJobs;
import static org.maagal.notifications.ReminderBurst.organisation;
import static org.maagal.notifications.ReminderBurst.query;
import static org.maagal.notifications.ReminderBurst.reminders;
import static org.maagal.notifications.ReminderBurst.remindersDue;
import static org.maagal.notifications.ReminderBurst.travel;
import static org.maagal.notifications.ReminderBurst.withNode;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.maagal.ApplicationProcess;

/**
 * Two nodes of the packaged application on one PostgreSQL, each with its job executor: a cycle whose departments'
 * people (1,000 in the build: the demo's 20 departments and 30 more of about 33 people each; 5,000 in 250 departments
 * with {@code -Dmaagal.two-nodes.reminders=5000}, the size the outbox was built for) are all reminded of their
 * department's assessment at the same moment, beside the working teams' 19 reminders of the same day. Both nodes
 * mail the burst, the node whose round of the watch answered first is killed with kill -9 a third of the way
 * through, and every reminder still reaches the mail server once: one e-mail per outbox message, none twice. None is
 * lost but in the gap SMTP leaves open (the killed node marked messages mailed and died before their end of data
 * reached the server), counted and printed; only the killed node's, at most a group ({@link Outbox#MARKED_TOGETHER})
 * a sending thread. The killed node's jobs wait for their lock time (10 s here, a minute in production). Prints the
 * figures it measures and keeps both nodes' logs in target/.
 */
@Execution(ExecutionMode.CONCURRENT)
class TwoNodesIntegrationTest {

  static final int REMINDERS = Integer.getInteger("maagal.two-nodes.reminders", 1_000);
  static final int DEPARTMENTS = REMINDERS / 20;
  static final int YEAR = 2061;
  static final Duration LOCK_TIME = Duration.ofSeconds(10);
  /** The job executor's threads on a node (camunda.bpm.job-execution.max-pool-size, 10 unless set). */
  static final int SENDING_THREADS = 10;

  @TempDir
  Path directory;

  @Test
  void twoNodesMailABurstOfRemindersExactlyOnceThoughOneIsKilledMidBurst() throws Exception {
    long testStart = System.nanoTime();
    // the mail server logs every new mailbox: a line a person, that nobody reads. While another class of the same
    // JVM still initialises logging (the classes run side by side), SLF4J answers with a stand-in logger: left as is
    if (org.slf4j.LoggerFactory.getLogger("com.icegreen") instanceof ch.qos.logback.classic.Logger mailServerLog) {
      mailServerLog.setLevel(ch.qos.logback.classic.Level.WARN);
    }
    var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try (var postgres = EmbeddedPostgres.builder().start()) {
      DataSource database = postgres.getPostgresDatabase();
      var common = List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
          "--spring.datasource.username=postgres", "--spring.datasource.password=",
          "--maagal.organization.file=file:" + organisation(directory, DEPARTMENTS, REMINDERS),
          "--maagal.notifications.mail=true", "--spring.mail.host=localhost",
          "--spring.mail.port=" + smtp.getSmtp().getPort(),
          // a killed node's jobs wait this long for the other node (a minute in production)
          "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
          // the people's initial password, hashed once each at the first start: at bcrypt's real cost (10, about
          // 65 ms a hash here) 5,000 would take five minutes; this test is about the job executors
          "--maagal.passwords.hash-cost=4",
          // only the departments' tasks: a year of committee meetings would add the strategy unit's agenda tasks,
          // which the days this test travels make late
          "--maagal.meetings.plan-on-cycle-start=false");

      // the first node creates the schema and deploys; the second starts beside it on the same database
      try (var nodeA = ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, withNode(common, "node-a"))) {
        phase("node-a up", testStart);
        var startingB = CompletableFuture.supplyAsync(() -> start(withNode(common, "node-b")));
        var started = nodeA.postJson("noa-barak", "/api/cycles", "{\"year\": " + YEAR + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(nodeA.awaitTrue(() -> departmentTasks(nodeA) == DEPARTMENTS, Duration.ofMinutes(2)))
            .as(nodeA.log()).isTrue();
        phase("the cycle's fan-out done", testStart);
        try (var nodeB = startingB.join()) {
          phase("node-b up", testStart);
          assertThat(query(database, "select count(*) from act_re_deployment")).as("one deployment, not one a node")
              .isEqualTo(1);

          // Both nodes' clocks move to the reminder day (the demo clock is a node's own); the first round of
          // the watch writes the reminders and starts their mailing jobs, the other round finds them written.
          int days = daysToTheReminders(nodeA);
          Instant reminderDay = Instant.now().plus(Duration.ofDays(days));
          Map<String, Long> due = remindersDue(database, reminderDay);
          assertThat(due.get("submitDepartmentAssessment")).as("the departments' people").isEqualTo(REMINDERS);
          long fired = System.nanoTime();
          var travelA = CompletableFuture.supplyAsync(() -> travel(nodeA, days));
          var travelB = CompletableFuture.supplyAsync(() -> travel(nodeB, days));
          // the node whose round answered first is killed a third of the way through the burst
          var victim = (ApplicationProcess) CompletableFuture.anyOf(travelA.thenApply(millis -> nodeA),
              travelB.thenApply(millis -> nodeB)).join();
          var survivor = victim == nodeA ? nodeB : nodeA;
          String victimName = victim == nodeA ? "node-a" : "node-b";
          String survivorName = victim == nodeA ? "node-b" : "node-a";
          long roundMillis = (System.nanoTime() - fired) / 1_000_000;
          phase("the first round of the watch done", testStart);

          boolean aThird = victim.awaitTrue(() -> mailed(database) >= REMINDERS / 3, Duration.ofMinutes(1));
          keepLogs(nodeA, nodeB);
          assertThat(aThird).as("a third mailed within a minute; %d mailed", mailed(database)).isTrue();
          Instant killedAt = Instant.now();
          victim.kill();
          long mailedAtTheKill = mailed(database);
          phase(victimName + " killed", testStart);
          assertThat(mailedAtTheKill).as("killed mid-burst").isLessThan(REMINDERS);
          (victim == nodeA ? travelB : travelA).join();

          long expected = due.values().stream().mapToLong(Long::longValue).sum();
          boolean drained = survivor.awaitTrue(() -> mailed(database) >= expected && mailingJobs(database) == 0,
              Duration.ofMinutes(2));
          long afterTheKillMillis = Duration.between(killedAt, Instant.now()).toMillis();
          long burstMillis = (System.nanoTime() - fired) / 1_000_000;
          keepLogs(nodeA, nodeB);
          assertThat(drained).as("every reminder mailed and every mailing job done; %d of %d mailed", mailed(database),
              expected).isTrue();

          var figures = Figures.of(database, killedAt.plus(Duration.ofDays(days)), survivorName);
          System.out.printf("Two nodes on one PostgreSQL, a burst of %d reminders (%s): the first round of the watch"
                  + " wrote them in %d ms; %s mailed %d (in %d jobs), %s %d (in %d jobs); two nodes: %.0f reminders/s"
                  + " until %s was killed with %d mailed; %s alone: %.0f reminders/s; all mailed %d ms after the kill"
                  + " (the dead node's jobs taken over after the %d s lock time), %d ms after the burst was fired;"
                  + " %d e-mails in all; the test took %d s%n",
              expected, due, roundMillis, victimName, figures.mailedBy(victimName), figures.jobsOf(victimName),
              survivorName, figures.mailedBy(survivorName), figures.jobsOf(survivorName), figures.twoNodeRate(),
              victimName, mailedAtTheKill, survivorName, figures.oneNodeRate(), afterTheKillMillis,
              LOCK_TIME.toSeconds(), burstMillis, smtp.getReceivedMessages().length,
              (System.nanoTime() - testStart) / 1_000_000_000);

          assertExactlyOnce(database, smtp, expected, victimName);
          assertThat(reminders(database, "submitDepartmentAssessment")).isEqualTo(REMINDERS);
          assertThat(figures.mailedBy(victimName)).as(victimName + " mailed part of the burst").isPositive();
          assertThat(figures.mailedBy(survivorName)).as(survivorName + " mailed part of the burst").isPositive();
          // the victim's part shows in what it mailed: killed a third of the way through a burst of 1,000, with a
          // share of 25 a job and 13 jobs at a time on each node, none of its jobs may have finished to be logged
          assertThat(figures.jobsOf(survivorName)).as(survivorName + "'s mailing jobs in the job log").isPositive();
          assertThat(json(survivor.get("admin", "/engine-rest/incident/count")).get("count").asInt()).isZero();
        }
      }
    } finally {
      smtp.stop();
    }
  }

  /**
   * Every message of the outbox with an address reached the mail server once, never twice, and nothing else did:
   * the e-mails' Message-IDs name the outbox messages, one each. The one loss SMTP leaves possible is allowed and
   * counted: the killed node marked messages mailed and died before their end of data reached the server. Such a
   * message is one the server never confirmed, which can be only the killed node's, and at most a group marked
   * together a sending thread of that node. A job records the server's answers at its end, so the killed node's
   * messages that did arrive may be unconfirmed too: at most a share ({@link Outbox#SHARE}) a sending thread.
   */
  private static void assertExactlyOnce(DataSource database, GreenMail smtp, long reminders, String victim)
      throws Exception {
    Map<String, String> outbox = new HashMap<>();
    Map<String, String> unconfirmedBy = new HashMap<>();
    Map<String, Long> byKind = new LinkedHashMap<>();
    try (Connection connection = database.getConnection();
        var rows = connection.createStatement().executeQuery(
            "select id, kind, email, mailed_at, mailed_by, confirmed_at from notification where email is not null")) {
      while (rows.next()) {
        String id = "<notification-" + rows.getLong("id") + "@maagal>";
        assertThat(rows.getTimestamp("mailed_at")).as(id + " mailed").isNotNull();
        outbox.put(id, rows.getString("email"));
        if (rows.getTimestamp("confirmed_at") == null) {
          unconfirmedBy.put(id, rows.getString("mailed_by"));
        }
        byKind.merge(rows.getString("kind"), 1L, Long::sum);
      }
    }
    Map<String, Integer> received = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      String id = message.getMessageID();
      received.merge(id, 1, Integer::sum);
      assertThat(message.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
          .as("the address of " + id).containsExactly(outbox.get(id));
    }
    var twice = received.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
    assertThat(twice).as("e-mails sent twice").isEmpty();
    assertThat(outbox.keySet()).as("no e-mail that is not an outbox message").containsAll(received.keySet());
    var lost = outbox.keySet().stream().filter(id -> !received.containsKey(id)).sorted().toList();
    assertThat(unconfirmedBy).as("unconfirmed only at the kill: the killed node's shares in hand")
        .hasSizeLessThanOrEqualTo(SENDING_THREADS * Outbox.SHARE)
        .allSatisfy((id, node) -> assertThat(node).isEqualTo(victim));
    assertThat(unconfirmedBy.keySet()).as("every message lost is one the mail server never confirmed").containsAll(lost);
    assertThat(lost).as("lost only between a group's mark and its messages' end of data: a group a sending thread")
        .hasSizeLessThanOrEqualTo(SENDING_THREADS * Outbox.MARKED_TOGETHER);
    System.out.printf("The outbox's messages with an address, by kind: %s; e-mails received: %d, each once;"
        + " unconfirmed at the kill: %d %s, of which lost: %d %s%n", byKind, received.size(), unconfirmedBy.size(),
        unconfirmedBy.keySet(), lost.size(), lost);
    assertThat(byKind).as("the reminders that were due, and nothing else").containsExactly(
        Map.entry("REMINDER", reminders));
    assertThat(query(database, "select count(distinct task_id || '|' || recipient) from notification"
        + " where kind = 'REMINDER'")).as("one reminder a task and person").isEqualTo(reminders);
  }

  /** When each node mailed what, from the outbox and the engine's job log. */
  private record Figures(Map<String, Long> mailed, Map<String, Long> jobs, double twoNodeRate, double oneNodeRate) {

    static Figures of(DataSource database, Instant killedOnTheApplicationClock, String survivor) throws SQLException {
      Map<String, Long> mailed = new HashMap<>();
      Map<String, Long> jobs = new HashMap<>();
      List<Instant> all = new ArrayList<>();
      List<Instant> survivorAfterTheKill = new ArrayList<>();
      Instant kill = killedOnTheApplicationClock;
      try (Connection connection = database.getConnection()) {
        try (var rows = connection.createStatement().executeQuery(
            "select mailed_by, mailed_at from notification where mailed_at is not null order by mailed_at")) {
          while (rows.next()) {
            String node = rows.getString(1);
            Instant at = rows.getTimestamp(2).toInstant();
            mailed.merge(node, 1L, Long::sum);
            all.add(at);
            if (survivor.equals(node) && at.isAfter(kill)) {
              survivorAfterTheKill.add(at);
            }
          }
        }
        try (var rows = connection.createStatement().executeQuery("select hostname_, count(*) from act_hi_job_log"
            + " where process_def_key_ = 'mail-notifications' and job_state_ = 2 group by hostname_")) {
          while (rows.next()) {
            jobs.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      Instant first = all.get(0);
      long beforeTheKill = all.stream().filter(at -> !at.isAfter(kill)).count();
      double twoNodes = beforeTheKill / seconds(first, kill);
      // the survivor alone: from the kill until it ran out of work it could take (the dead node's jobs stay held
      // until their lock time passes): the longest pause in its mail after the kill ends that stretch
      Instant aloneUntil = survivorAfterTheKill.isEmpty() ? kill : survivorAfterTheKill.get(survivorAfterTheKill.size() - 1);
      long aloneCount = survivorAfterTheKill.size();
      Duration longestPause = Duration.ZERO;
      for (int i = 1; i < survivorAfterTheKill.size(); i++) {
        var pause = Duration.between(survivorAfterTheKill.get(i - 1), survivorAfterTheKill.get(i));
        if (pause.compareTo(longestPause) > 0 && pause.compareTo(Duration.ofSeconds(2)) > 0) {
          longestPause = pause;
          aloneUntil = survivorAfterTheKill.get(i - 1);
          aloneCount = i;
        }
      }
      return new Figures(mailed, jobs, twoNodes, aloneCount / seconds(kill, aloneUntil));
    }

    long mailedBy(String node) {
      return mailed.getOrDefault(node, 0L);
    }

    long jobsOf(String node) {
      return jobs.getOrDefault(node, 0L);
    }

    private static double seconds(Instant from, Instant to) {
      return Math.max(1, Duration.between(from, to).toMillis()) / 1000.0;
    }
  }

  private static void phase(String what, long testStart) {
    System.out.printf("%s after %d s%n", what, (System.nanoTime() - testStart) / 1_000_000_000);
  }

  /** The nodes' logs, kept in target/ for a reader of the figures or of a failure. */
  private static void keepLogs(ApplicationProcess nodeA, ApplicationProcess nodeB) throws java.io.IOException {
    Files.writeString(Path.of("target", "two-nodes-node-a.log"), nodeA.log(), StandardCharsets.UTF_8);
    Files.writeString(Path.of("target", "two-nodes-node-b.log"), nodeB.log(), StandardCharsets.UTF_8);
  }

  private ApplicationProcess start(List<String> arguments) {
    try {
      return ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, arguments);
    } catch (java.io.IOException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
