package org.maagal.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.ApplicationProcess.json;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.maagal.ApplicationProcess;

/**
 * A municipality of 250 departments on the packaged application, with its job executor running:
 * starting a cycle answers at once and the fan-out to the departments follows in the background;
 * the process is killed with kill -9 while the fan-out runs and started again, and nothing is lost
 * or made twice. The build runs it on PostgreSQL (its last failsafe execution, alone); run by itself without
 * {@code -Dmaagal.test.database=postgres} it runs on the H2 file database the demo uses.
 * Prints the figures it measures.
 */
@Execution(ExecutionMode.CONCURRENT)
class CrashDuringFanOutIntegrationTest {

  static final int DEPARTMENTS = 250;
  static final int YEAR = 2050;

  @TempDir
  Path directory;

  @Test
  void aCycleOf250DepartmentsStartsAtOnceAndSurvivesAKillDuringItsFanOut() throws Exception {
    try (var database = Database.forThisRun(directory)) {
      var arguments = new ArrayList<>(database.arguments());
      arguments.add("--maagal.organization.file=file:" + organisationWith(DEPARTMENTS));
      // the killed process's hold on the fan-out job expires after this (a minute in production)
      arguments.add("--camunda.bpm.job-execution.lock-time-in-millis=15000");

      String cityDataTask;
      int tasksAtTheKill;
      long startMillis;
      try (var application = ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, arguments)) {
        startMillis = timedStart(application, YEAR);

        // the research desk's task is there at once; its answers are stored before the crash
        cityDataTask = application.openTask("submitCityData", null, YEAR);
        var submitted = application.postJson("daniel-oz", "/engine-rest/task/" + cityDataTask + "/submit-form",
            "{\"variables\": {\"residentSatisfaction\": {\"value\": 68.5}, \"surveyYear\": {\"value\": 2049},"
                + " \"population\": {\"value\": 41250}, \"findings\": {\"value\": \"ממצאי הסקר\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);

        tasksAtTheKill = application.openTasks("submitDepartmentAssessment", YEAR);
        application.kill();
      }

      try (var restarted = ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, arguments)) {
        long before = System.nanoTime();
        boolean allThere = restarted.awaitTrue(
            () -> restarted.openTasks("submitDepartmentAssessment", YEAR) >= DEPARTMENTS,
            Duration.ofMinutes(3));
        long fanOutMillis = (System.nanoTime() - before) / 1_000_000;
        System.out.printf("%s, %d departments: POST /api/cycles answered 201 in %d ms (the first request of a cold"
            + " process); department tasks at the kill: %d; after the restart all %d were there within %d ms%n",
            database.name(), DEPARTMENTS, startMillis, tasksAtTheKill, DEPARTMENTS, fanOutMillis);

        assertThat(allThere).as(restarted.log()).isTrue();
        assertThat(restarted.openTasks("submitDepartmentAssessment", YEAR)).isEqualTo(DEPARTMENTS);
        assertThat(json(restarted.get("noa-barak", "/api/cycles")).findValuesAsText("year")).containsOnlyOnce(
            String.valueOf(YEAR));
        assertThat(restarted.get("noa-barak", "/api/cycles/" + YEAR + "/city-data").body())
            .contains("68.5", "41250", "ממצאי הסקר");
        assertThat(json(restarted.get("admin", "/engine-rest/incident/count")).get("count").asInt()).isZero();
      }
    }
  }

  private static long timedStart(ApplicationProcess application, int year) {
    long before = System.nanoTime();
    var started = application.postJson("noa-barak", "/api/cycles", "{\"year\": " + year + "}");
    long millis = (System.nanoTime() - before) / 1_000_000;
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return millis;
  }

  /** The demo municipality with departments added under its administration division, up to {@code count}. */
  private Path organisationWith(int count) throws Exception {
    String demo = new String(getClass().getResourceAsStream("/organization/demo-municipality.yaml").readAllBytes(),
        StandardCharsets.UTF_8);
    String lastDepartment = demo.lines().filter(line -> line.contains("type: department")).reduce((a, b) -> b)
        .orElseThrow();
    long existing = demo.lines().filter(line -> line.contains("type: department")).count();
    String added = IntStream.rangeClosed(1, count - (int) existing)
        .mapToObj(n -> "  - { id: unit-" + n + ", type: department, parent: administration, name: \"מחלקה " + n
            + "\", domains: [internal] }")
        .collect(Collectors.joining("\n"));
    Path file = directory.resolve("organization-" + count + ".yaml");
    Files.writeString(file, demo.replace(lastDepartment, lastDepartment + "\n" + added), StandardCharsets.UTF_8);
    return file;
  }

  /** The H2 file database the demo uses, or (in the PostgreSQL run) an embedded PostgreSQL. */
  private record Database(String name, List<String> arguments, EmbeddedPostgres postgres) implements AutoCloseable {

    static Database forThisRun(Path directory) throws Exception {
      if ("postgres".equals(System.getProperty("maagal.test.database"))) {
        var postgres = EmbeddedPostgres.builder().start();
        return new Database("PostgreSQL", List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres",
            "postgres"), "--spring.datasource.username=postgres", "--spring.datasource.password="), postgres);
      }
      return new Database("H2 file", List.of("--spring.datasource.url=jdbc:h2:file:" + directory.resolve("maagal")
          + ";WRITE_DELAY=0;LOCK_TIMEOUT=30000;DB_CLOSE_ON_EXIT=FALSE"), null);
    }

    @Override
    public void close() throws Exception {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
