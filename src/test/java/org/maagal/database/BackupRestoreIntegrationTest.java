package org.maagal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.database.PostgresBackups.on;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.maagal.ApplicationProcess;

/**
 * The backup procedure of docs/operations.md, end to end on PostgreSQL: a backup taken with {@code pg_dump} while a
 * year runs (its cycle started, a department's task claimed), restored with {@code pg_restore} into a new, empty
 * database, and the packaged application started on it carries on from there: the claim is still the manager's, the
 * research desk hands in the city's data, and the next year starts. Where PostgreSQL's client tools are missing the
 * test is skipped with a line naming what to install ({@code .ci/run} installs them, and there a skip fails).
 */
@Execution(ExecutionMode.CONCURRENT)
class BackupRestoreIntegrationTest {

  static final int YEAR = 2051;

  @TempDir
  Path directory;

  @Test
  void aBackupTakenMidCycleIsRestoredIntoANewDatabaseAndTheYearCarriesOn() throws Exception {
    var backups = new PostgresBackups(directory);
    Path backup = directory.resolve("maagal.dump");
    try (var running = EmbeddedPostgres.builder().start(); var fresh = EmbeddedPostgres.builder().start()) {
      String taskOfTheYouth;
      try (var application = ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, on(running))) {
        var started = application.postJson("noa-barak", "/api/cycles", "{\"year\": " + YEAR + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(application.awaitTrue(() -> application.openTasks("submitDepartmentAssessment", YEAR) > 0, java.time.Duration.ofMinutes(2)))
            .isTrue();
        taskOfTheYouth = application.openTask("submitDepartmentAssessment", "dept-youth", YEAR);
        var claimed = application.postJson("itay-ron", "/engine-rest/task/" + taskOfTheYouth + "/claim",
            "{\"userId\": \"itay-ron\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);

        // the backup, while the application runs: pg_dump reads one consistent snapshot
        backups.dump(running, backup);
      }
      backups.restore(backup, fresh);

      try (var restored = ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, on(fresh))) {
        var task = ApplicationProcess.json(restored.get("admin", "/engine-rest/task/" + taskOfTheYouth));
        assertThat(task.get("assignee").asText()).as("the claim came with the backup").isEqualTo("itay-ron");
        String cityData = restored.openTask("submitCityData", null, YEAR);
        var submitted = restored.postJson("daniel-oz", "/engine-rest/task/" + cityData + "/submit-form",
            "{\"variables\": {\"residentSatisfaction\": {\"value\": 71.5}, \"surveyYear\": {\"value\": 2050},"
                + " \"population\": {\"value\": 41250}, \"findings\": {\"value\": \"ממצאי הסקר אחרי השחזור\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        assertThat(restored.get("noa-barak", "/api/cycles/" + YEAR + "/city-data").body())
            .contains("71.5", "ממצאי הסקר אחרי השחזור");
        var next = restored.postJson("noa-barak", "/api/cycles", "{\"year\": " + (YEAR + 1) + "}");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        assertThat(ApplicationProcess.json(restored.get("admin", "/engine-rest/incident/count")).get("count").asInt()).isZero();
      }
    }
  }
}
