package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.notifications.ReminderBurst.daysToTheReminders;
import static org.maagal.notifications.ReminderBurst.departmentTasks;
import static org.maagal.notifications.ReminderBurst.mailed;
import static org.maagal.notifications.ReminderBurst.mailingJobs;
import static org.maagal.notifications.ReminderBurst.organisation;
import static org.maagal.notifications.ReminderBurst.query;
import static org.maagal.notifications.ReminderBurst.remindersDue;
import static org.maagal.notifications.ReminderBurst.travel;
import static org.maagal.notifications.ReminderBurst.withNode;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.ApplicationProcess;
import org.maagal.BenchmarkTable;
import org.maagal.JfrRecording;
import org.maagal.PostgresDatabases;

/**
 * How fast a burst of due reminders is drained on one node and on two: a cycle of 250 departments whose 5,000
 * people ({@code -Dbench.size=small}: 60 and 1,000) are all reminded of their department's assessment at one moment,
 * mailed to a real SMTP server (GreenMail, in this process) from PostgreSQL, first by one node, then, on a
 * database of their own, by two nodes side by side. Prints the reminders a second from the first e-mail to the
 * last, and the whole time from the moment the day came (the watch's round writing the outbox included). Not a
 * test of speed (only a reminder not mailed fails): {@code mvn -Pbench verify}; {@code -Dbench.jfr=/tmp/burst.jfr}
 * records each node while it drains.
 */
@ExtendWith(BenchmarkTable.class)
class ReminderBurstApplicationBenchmark {

  static final boolean SMALL = "small".equals(System.getProperty("bench.size"));
  static final int DEPARTMENTS = SMALL ? 60 : 250;
  static final int YEAR = 2061;

  @TempDir
  Path directory;

  @Test
  void aBurstOfRemindersOnOneNodeAndOnTwo() throws Exception {
    int people = SMALL ? 1_000 : 5_000;
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("com.icegreen"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
    try (var postgres = EmbeddedPostgres.builder().start()) {
      Path city = organisation(directory, DEPARTMENTS, people);
      for (int nodes = 1; nodes <= 2; nodes++) {
        String name = "burst_" + nodes;
        DataSource database = PostgresDatabases.create(postgres, name);
        var common = List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", name),
            "--spring.datasource.username=postgres", "--spring.datasource.password=",
            "--maagal.organization.file=file:" + city, "--maagal.notifications.mail=true",
            "--maagal.meetings.plan-on-cycle-start=false",
            // the people's initial password, hashed once each at the first start: 5,000 at bcrypt's real cost would
            // take five minutes; this benchmark is about the outbox
            "--maagal.passwords.hash-cost=4",
            "--spring.mail.host=localhost", "--spring.mail.port=" + smtp.getSmtp().getPort());
        drain(nodes, common, database);
        smtp.purgeEmailFromAllMailboxes();
      }
    } finally {
      smtp.stop();
    }
  }

  private void drain(int nodes, List<String> common, DataSource database) throws Exception {
    var running = new ArrayList<ApplicationProcess>();
    try {
      // the first node creates the schema and deploys; the second starts beside it on the same database
      running.add(ApplicationProcess.start(directory, JfrRecording.javaOptions(), withNode(common, "node-a")));
      var first = running.get(0);
      var started = first.postJson("noa-barak", "/api/cycles", "{\"year\": " + YEAR + "}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      assertThat(first.awaitTrue(() -> departmentTasks(first) == DEPARTMENTS, Duration.ofMinutes(2))).isTrue();
      if (nodes == 2) {
        running.add(ApplicationProcess.start(directory, JfrRecording.javaOptions(), withNode(common, "node-b")));
      }

      // the day comes on the first node only, as the watch's timer fires on one node: the other learns of the
      // mailing jobs when its job executor next looks for work
      int days = daysToTheReminders(first);
      long due = remindersDue(database, Instant.now().plus(Duration.ofDays(days))).values().stream()
          .mapToLong(Long::longValue).sum();
      var recordings = new ArrayList<JfrRecording>();
      for (int node = 0; node < running.size(); node++) {
        recordings.add(JfrRecording.startIfAsked(running.get(node), nodes + "-nodes-" + (char) ('a' + node)));
      }
      long fired = System.nanoTime();
      var travelled = CompletableFuture.supplyAsync(() -> travel(first, days));
      var drain = Drain.watch(database, due, fired, Duration.ofMinutes(5));
      travelled.join();
      for (var recording : recordings) {
        recording.stop();
      }
      assertThat(drain.complete()).as("%d of %d mailed", mailed(database), due).isTrue();
      long jobs = query(database, "select count(*) from act_hi_job_log where process_def_key_ = 'mail-notifications'"
          + " and job_state_ = 2");
      String figure = String.format("%.0f reminders a second (%,d in %.1f s from the first e-mail to the last);"
          + " %.1f s from the day's coming to the last e-mail; %s", due / drain.mailingSeconds(), due,
          drain.mailingSeconds(), drain.lastSeconds(), drain.byNode());
      System.out.printf("%nA burst of %d reminders on %d node(s), %d mailing jobs: %s%n", due, nodes, jobs, figure);
      BenchmarkTable.row("(c) a burst of due reminders, " + (nodes == 1 ? "one node" : "two nodes"),
          String.format("%,d reminders to %d departments' people, mailed by %d jobs of %d at most", due, DEPARTMENTS,
              jobs, Outbox.SHARE),
          figure,
          "a transaction and an SMTP exchange a message; the job executor's threads, up to 10 a node, on 2 cores"
              + " shared with PostgreSQL and the mail server");
    } finally {
      for (var node : running) {
        node.close();
      }
    }
  }

  /** The burst as the test sees it, read every tenth of a second: each node's count and when its first mail came. */
  private record Drain(boolean complete, double firstSeconds, double lastSeconds, Map<String, String> byNode) {

    static Drain watch(DataSource database, long due, long fired, Duration within) throws InterruptedException {
      var firstMail = new LinkedHashMap<String, Double>();
      var counts = new LinkedHashMap<String, Long>();
      double first = 0;
      double last = 0;
      long mailed = 0;
      while (System.nanoTime() - fired < within.toNanos()) {
        double now = (System.nanoTime() - fired) / 1e9;
        counts.clear();
        counts.putAll(ReminderBurst.takenByNode(database));
        counts.forEach((node, count) -> firstMail.putIfAbsent(node, now));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total > 0 && mailed == 0) {
          first = now;
        }
        if (total > mailed) {
          last = now;
        }
        mailed = total;
        if (mailed >= due && mailingJobs(database) == 0) {
          break;
        }
        Thread.sleep(100);
      }
      var byNode = new LinkedHashMap<String, String>();
      counts.forEach((node, count) -> byNode.put(node, String.format("%,d, the first %.1f s after the day came", count,
          firstMail.get(node))));
      return new Drain(mailed >= due, first, last, byNode);
    }

    double mailingSeconds() {
      return Math.max(lastSeconds - firstSeconds, 0.1);
    }
  }
}
