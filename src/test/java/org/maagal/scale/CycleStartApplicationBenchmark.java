package org.maagal.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.ApplicationProcess;
import org.maagal.BenchmarkTable;
import org.maagal.JfrRecording;
import org.maagal.PostgresDatabases;

/**
 * Starting a year as the strategy unit does, {@code POST /api/cycles}, for a city of 250 departments on PostgreSQL
 * (not in a run of {@code -Dbench.size=small}, which must stay within five minutes), on three starts of a fresh JVM
 * one after another, each the first request its JVM answers after the login: the year's row, its goal tree, budget
 * book and deadline rules, and its process started. The committee meetings and the fan-out to the departments follow
 * in the job executor, after the answer; each start waits for the fan-out before it stops. Prints the time to each answer. Not a test of speed (only a
 * year that does not start fails): {@code mvn -Pbench verify}; {@code -Dbench.jfr=/tmp/start.jfr} records each start.
 */
@ExtendWith(BenchmarkTable.class)
class CycleStartApplicationBenchmark {

  static final boolean SMALL = "small".equals(System.getProperty("bench.size"));
  static final int DEPARTMENTS = 250;
  static final int FIRST_YEAR = 2031;
  static final int STARTS = 3;

  @TempDir
  Path directory;

  @Test
  void startingAYearOnThreeFreshStartsOfTheApplication() throws Exception {
    assumeFalse(SMALL, "three fresh starts of a large city: not in a small run");
    var answers = new ArrayList<Long>();
    try (var postgres = EmbeddedPostgres.builder().start()) {
      String name = "cycle_start";
      PostgresDatabases.create(postgres, name);
      var city = Cities.of(DEPARTMENTS, directory);
      var arguments = new ArrayList<>(city.arguments(postgres, name));
      // the people's initial passwords, hashed at the first start only; the login measured is one hash anyway
      arguments.add("--maagal.passwords.hash-cost=4");
      var jvm = new ArrayList<>(ApplicationProcess.RECOMMENDED_JVM);
      jvm.addAll(JfrRecording.javaOptions());
      for (int start = 0; start < STARTS; start++) {
        int year = FIRST_YEAR + start;
        int assessments = DEPARTMENTS * (start + 1);
        try (var application = ApplicationProcess.start(directory, jvm, arguments)) {
          var recording = JfrRecording.startIfAsked(application, "start-" + (start + 1));
          long began = System.nanoTime();
          var answer = application.postJson("noa-barak", "/api/cycles", "{\"year\": " + year + "}");
          long millis = (System.nanoTime() - began) / 1_000_000;
          recording.stop();
          assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
          answers.add(millis);
          // the departments' assessments, opened by the fan-out in the job executor: the next start begins quiet
          assertThat(application.awaitTrue(() -> openAssessments(application) == assessments, Duration.ofMinutes(3)))
              .as("%d departments' assessments opened", DEPARTMENTS).isTrue();
        }
      }
    }
    String figures = answers.stream().map(millis -> String.format("%,d ms", millis)).collect(Collectors.joining(", "));
    System.out.printf("%nStarting a year for %d departments, on %d fresh starts of the application: %s%n", DEPARTMENTS,
        STARTS, figures);
    BenchmarkTable.row("starting a year, " + DEPARTMENTS + " departments",
        String.format("POST /api/cycles as the strategy unit, the first request of a fresh JVM (the settings of"
            + " docs/performance.md, the heap of a large city), %d starts one after another on one PostgreSQL", STARTS),
        figures + " to the answer",
        "a fresh JVM's first request, most of it loading and compiling code; in the request: the budget book and goal"
            + " tree copied, the deadline rules, last year's gaps, the login, the cycle's process started (the"
            + " meetings are planned after the answer, in the job executor)");
  }

  private static int openAssessments(ApplicationProcess application) {
    return application.openTasks("submitDepartmentAssessment", null);
  }
}
