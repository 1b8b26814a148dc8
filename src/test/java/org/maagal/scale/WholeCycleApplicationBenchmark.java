package org.maagal.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.PostgresDatabases.number;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.ApplicationProcess;
import org.maagal.BenchmarkTable;
import org.maagal.JfrRecording;
import org.maagal.PostgresDatabases;

/**
 * A whole planning cycle, all five phases, for a city of 12, 60 and 250 departments ({@code -Dbench.size=small}:
 * 12), each on a PostgreSQL database of its own, the production database: the demo's year runner does
 * every task of the year as the person it is routed to, through the services the pages use (the assessments,
 * the committees' votes, the goal tree's revision by spreadsheet, a work plan with budget lines for each
 * department, both measurement rounds, the review). Prints each phase's time, the tasks done and the database's
 * size after the year. Not a test of speed (only a cycle that does not finish fails): {@code mvn -Pbench verify};
 * {@code -Dbench.departments=60} runs one size only, {@code -Dbench.jfr=/tmp/cycle.jfr} records each application.
 */
@ExtendWith(BenchmarkTable.class)
class WholeCycleApplicationBenchmark {

  static final int YEAR = 2027;
  static final Pattern LOG_LINE = Pattern.compile("^(\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) .*Demo year " + YEAR
      + "(?:: (.*)| is done.*)$", Pattern.MULTILINE);

  /** The size on disk of a kind of tables, with their indexes and TOAST. */
  static final String TABLES_SIZE = "select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c"
      + " join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = 'public'";

  @TempDir
  Path directory;

  @Test
  void aWholeCycleOfTwelveSixtyAndTwoHundredFiftyDepartments() throws Exception {
    var sizes = System.getProperty("bench.departments") != null
        ? List.of(Integer.getInteger("bench.departments"))
        : "small".equals(System.getProperty("bench.size")) ? List.of(12) : List.of(12, 60, 250);
    try (var postgres = EmbeddedPostgres.builder().start()) {
      for (int departments : sizes) {
        cycleOf(departments, postgres);
      }
    }
  }

  private void cycleOf(int departments, EmbeddedPostgres postgres) throws Exception {
    String name = "city_" + departments;
    DataSource database = PostgresDatabases.create(postgres, name);
    var city = Cities.of(departments, directory);
    var arguments = new ArrayList<>(city.arguments(postgres, name));
    arguments.add("--maagal.demo.run-year=" + YEAR);
    try (var application = ApplicationProcess.start(directory,
        JfrRecording.javaOptionsRecordingFromTheStart("cycle-" + departments), arguments)) {
      assertThat(application.awaitDemoYear(YEAR, Duration.ofMinutes(20))).as(application.log()).isTrue();
      long tasks = number(database, "select count(*) from act_hi_taskinst where end_time_ is not null");
      long open = number(database, "select count(*) from act_ru_task");
      long megabytes = number(database, "select pg_database_size('" + name + "')") / 1_000_000;
      long history = number(database, TABLES_SIZE + " and c.relname like 'act\\_hi\\_%'") / 1_000_000;
      long ours = number(database, TABLES_SIZE + " and c.relname not like 'act\\_%'") / 1_000_000;
      var phases = phases(application.log());
      double seconds = phases.values().stream().mapToDouble(Double::doubleValue).sum();
      System.out.printf("%nA whole cycle of %d departments: %d tasks done (%d open after it) in %.1f s; %s;"
          + " PostgreSQL database %d MB, of which the engine's history tables %d MB and Maagal's own tables %d MB%n",
          departments, tasks, open, seconds, phases, megabytes, history, ours);
      BenchmarkTable.row("(b) a whole cycle, " + departments + " departments",
          String.format("all five phases, %,d tasks done by their people through the services", tasks),
          String.format("%.0f s (%s); PostgreSQL %d MB (engine history %d MB, Maagal's tables %d MB)", seconds,
              phaseFigures(phases), megabytes, history, ours),
          "one worker doing the tasks one after another, each in its own transactions; most time in phases 3 and 4,"
              + " which write a work plan and two reports per department");
    }
  }

  /** Each step of the year runner's log, and the seconds until its next step. */
  private static Map<String, Double> phases(String log) {
    var steps = new ArrayList<String>();
    var times = new ArrayList<LocalTime>();
    var matcher = LOG_LINE.matcher(log);
    while (matcher.find()) {
      times.add(LocalTime.parse(matcher.group(1)));
      steps.add(matcher.group(2) == null ? "done" : matcher.group(2));
    }
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (int step = 0; step + 1 < steps.size(); step++) {
      long millis = Duration.between(times.get(step), times.get(step + 1)).toMillis();
      seconds.merge(steps.get(step).replaceFirst(",.*", ""), (millis < 0 ? millis + 86_400_000 : millis) / 1000.0,
          Double::sum);
    }
    return seconds;
  }

  private static String phaseFigures(Map<String, Double> phases) {
    var figures = new ArrayList<String>();
    phases.forEach((phase, seconds) -> figures.add(phase.replace("phase ", "") + " " + Math.round(seconds) + " s"));
    return String.join(", ", figures);
  }
}
