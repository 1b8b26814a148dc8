package org.maagal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.ApplicationProcess.json;
import static org.maagal.database.PostgresBackups.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.maagal.ApplicationProcess;
import org.maagal.PostgresDatabases;

/**
 * An upgrade, as a municipality's IT does it: this release's jar started with {@code java -jar}, as it is delivered,
 * on the database of the previous release (restored from {@code src/test/resources/upgrade/}, written by
 * {@link UpgradeFixtureWriter}), which holds a whole year done and the next in phase 1. The schema migrates; the finished year's results read as the old release gave
 * them, figure by figure; the rest of the year runs on this release to its end, its running instances on the
 * previous release's process versions (the demo's people take it on from where it stands), without an incident; it
 * goes on with what was done before the upgrade (the city's data and the schools' assessment as handed in, the youth
 * manager's claimed assessment done by her), and the next year starts. The release's jar itself is not built here:
 * {@code scripts/upgrade-fixture.sh} writes a new starting point at each release. Skipped where PostgreSQL's client
 * tools are missing, as the backup test is.
 */
@Execution(ExecutionMode.CONCURRENT)
class UpgradeIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String RELEASE = "0.1.0";
  static final int DONE_YEAR = 2027;
  static final int YEAR = 2028;
  static final String SCHOOLS_STATE = "מצב המחלקה לפני השדרוג: 14 בתי ספר, צוות מלא, תקציב שגרה יציב.";

  @TempDir
  Path directory;

  @Test
  void thisReleaseCarriesOnTheYearThePreviousReleaseLeftInPhaseOne() throws Exception {
    var backups = new PostgresBackups(directory);
    Path fixtures = Path.of("src", "test", "resources", "upgrade");
    JsonNode resultsBefore = JSON.readTree(fixtures.resolve("release-" + RELEASE + "-results-" + DONE_YEAR + ".json")
        .toFile());
    try (var database = EmbeddedPostgres.builder().start()) {
      backups.restore(fixtures.resolve("release-" + RELEASE + ".dump"), database);

      // one start: the schema migrates, then the demo's people do the rest of the year on this release
      var arguments = on(database);
      arguments.add("--maagal.demo.run-year=" + YEAR);
      try (var upgraded = ApplicationProcess.startJar(ApplicationProcess.jar(), directory,
          ApplicationProcess.RECOMMENDED_JVM, arguments)) {
        PostgresDatabases.assertSchemaOfThisRelease(database.getPostgresDatabase());
        var results = upgraded.get("noa-barak", "/api/cycles/" + DONE_YEAR + "/results");
        assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
        assertAnswersTheSame(resultsBefore, json(results), "results of " + DONE_YEAR);

        assertThat(upgraded.awaitDemoYear(YEAR, Duration.ofMinutes(5))).as(upgraded.log()).isTrue();
        assertThat(upgraded.log()).contains("Demo year " + YEAR + ": the cycle exists; taking it on from where it stands");
        assertThat(json(upgraded.get("admin", "/engine-rest/incident/count")).get("count").asInt()).isZero();

        // what the people did before the upgrade is what the year went on with
        assertThat(upgraded.get("noa-barak", "/api/cycles/" + YEAR + "/city-data").body())
            .contains("68.5", "49120", "ממצאי הסקר שנמסרו לפני השדרוג");
        assertThat(upgraded.get("noa-barak", "/api/cycles/" + YEAR + "/assessments?size=100").body())
            .as("the schools' assessment as submitted before the upgrade").contains(SCHOOLS_STATE);
        var youth = json(upgraded.postJson("admin", "/engine-rest/history/task?maxResults=10", "{\"taskDefinitionKey\":"
            + " \"submitDepartmentAssessment\", \"finished\": true, \"processVariables\": [{\"name\": \"year\","
            + " \"operator\": \"eq\", \"value\": " + YEAR + "}, {\"name\": \"departmentId\", \"operator\": \"eq\","
            + " \"value\": \"youth\"}]}"));
        assertThat(youth).as("the youth's assessment, claimed before the upgrade").hasSize(1);
        assertThat(youth.get(0).get("assignee").asText()).isEqualTo("itay-ron");

        var measured = json(upgraded.get("noa-barak", "/api/cycles/" + YEAR + "/results"));
        assertThat(measured.path("count").path("green").asInt() + measured.path("count").path("amber").asInt()
            + measured.path("count").path("red").asInt()).as("targets measured in %d", YEAR).isPositive();
        var next = upgraded.postJson("noa-barak", "/api/cycles", "{\"year\": " + (YEAR + 1) + "}");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
      }
    }
  }

  /**
   * Everything the old release answered, this release answers the same: each field with its value, each list with
   * its items in order; fields this release adds are allowed.
   */
  private static void assertAnswersTheSame(JsonNode before, JsonNode after, String where) {
    if (before.isObject()) {
      assertThat(after.isObject()).as(where).isTrue();
      before.fieldNames().forEachRemaining(field ->
          assertAnswersTheSame(before.get(field), after.path(field), where + "." + field));
    } else if (before.isArray()) {
      assertThat(after.size()).as(where + " items").isEqualTo(before.size());
      for (int item = 0; item < before.size(); item++) {
        assertAnswersTheSame(before.get(item), after.get(item), where + "[" + item + "]");
      }
    } else {
      assertThat(after).as(where).isEqualTo(before);
    }
  }
}
