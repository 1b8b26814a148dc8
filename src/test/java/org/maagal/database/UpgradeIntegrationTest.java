package org.maagal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.ApplicationProcess.json;
import static org.maagal.database.PostgresBackups.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.maagal.ApplicationProcess;
import org.maagal.PostgresDatabases;

/**
 * An upgrade, as a municipality's IT does it: this release's jar started on the database of the previous release
 * (restored from {@code src/test/resources/upgrade/}, written by {@link UpgradeFixtureWriter}), which holds a whole
 * year done and the next in phase 1. The schema migrates; the finished year's results read as the old release gave
 * them, figure by figure; a claim made before the upgrade is still the person's, who submits with this release's
 * form; an assessment submitted before it waits for its review with its text; and the rest of the year runs on this
 * release to its end (the demo's people take it on from where it stands), without an incident, and the next year
 * starts. The release's jar itself is not built here: {@code scripts/upgrade-fixture.sh} writes a new starting point
 * at each release. Skipped where PostgreSQL's client tools are missing, as the backup test is.
 */
@Execution(ExecutionMode.CONCURRENT)
class UpgradeIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final String RELEASE = "0.1.0";
  static final int DONE_YEAR = 2027;
  static final int YEAR = 2028;
  static final String SCHOOLS_STATE = "מצב המחלקה לפני השדרוג: 14 בתי ספר, צוות מלא, תקציב שגרה יציב.";
  static final String CITY_DATA = "{\"variables\": {\"residentSatisfaction\": {\"value\": 68.5}, \"surveyYear\": {\"value\": "
      + (YEAR - 1) + "}, \"population\": {\"value\": 49120}, \"findings\": {\"value\": \"ממצאי הסקר שנמסרו לפני השדרוג\"}}}";

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

      // the first start migrates the schema; what the people did before the upgrade is there
      try (var upgraded = ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, on(database))) {
        PostgresDatabases.assertSchemaOfThisRelease(database.getPostgresDatabase());

        var results = upgraded.get("noa-barak", "/api/cycles/" + DONE_YEAR + "/results");
        assertThat(results.statusCode()).as(results.body()).isEqualTo(200);
        assertAnswersTheSame(resultsBefore, json(results), "results of " + DONE_YEAR);
        assertThat(upgraded.get("noa-barak", "/api/cycles/" + YEAR + "/city-data").body())
            .contains("68.5", "49120", "ממצאי הסקר שנמסרו לפני השדרוג");

        // the youth manager's claim is still hers, and she submits the assessment with this release's form
        var claimed = tasksOf(upgraded, "itay-ron", "submitDepartmentAssessment", "youth");
        assertThat(claimed).as("the youth manager's assessment").hasSize(1);
        assertThat(claimed.get(0).get("assignee").asText()).as("claimed before the upgrade").isEqualTo("itay-ron");
        String youth = claimed.get(0).get("id").asText();
        var submitted = upgraded.postJson("itay-ron", "/engine-rest/task/" + youth + "/submit-form",
            assessment(upgraded, "itay-ron", youth, "מצב מחלקת הנוער אחרי השדרוג"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        // the schools' assessment, submitted before the upgrade, waits for the strategy unit's review with its text
        var review = tasksOf(upgraded, "noa-barak", "reviewDepartmentAssessment", "schools");
        assertThat(review).as("the schools' assessment waits for its review").hasSize(1);
        assertThat(upgraded.get("noa-barak", "/engine-rest/task/" + review.get(0).get("id").asText()
            + "/form-variables").body()).contains(SCHOOLS_STATE);
      }

      // the second start runs the rest of the year on this release, as the demo's people would do it
      var arguments = on(database);
      arguments.add("--maagal.demo.run-year=" + YEAR);
      try (var upgraded = ApplicationProcess.start(directory, ApplicationProcess.RECOMMENDED_JVM, arguments)) {
        assertThat(upgraded.awaitTrue(() -> log(upgraded).contains("Demo year " + YEAR + " is done")
            || log(upgraded).contains("Demo year " + YEAR + " stopped"), Duration.ofMinutes(5))).isTrue();
        assertThat(log(upgraded)).doesNotContain("Demo year " + YEAR + " stopped")
            .contains("Demo year " + YEAR + ": the cycle exists; taking it on from where it stands");
        var results = json(upgraded.get("noa-barak", "/api/cycles/" + YEAR + "/results"));
        assertThat(results.path("count").path("green").asInt() + results.path("count").path("amber").asInt()
            + results.path("count").path("red").asInt()).as("targets measured in %d", YEAR).isPositive();
        assertThat(json(upgraded.get("admin", "/engine-rest/incident/count")).get("count").asInt()).isZero();
        var next = upgraded.postJson("noa-barak", "/api/cycles", "{\"year\": " + (YEAR + 1) + "}");
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
      }
    }
  }

  /** The open tasks of the definition about the department in the year's cycle, as the user sees them. */
  private static JsonNode tasksOf(ApplicationProcess application, String user, String taskDefinitionKey,
      String departmentId) {
    return json(application.postJson(user, "/engine-rest/task?maxResults=100", "{\"taskDefinitionKey\": \""
        + taskDefinitionKey + "\", \"processVariables\": [{\"name\": \"year\", \"operator\": \"eq\", \"value\": "
        + YEAR + "}, {\"name\": \"departmentId\", \"operator\": \"eq\", \"value\": \"" + departmentId + "\"}]}"));
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

  private static String log(ApplicationProcess application) {
    try {
      return application.log();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /**
   * A department assessment's answers, as its manager submits them in Tasklist: what became of last year's carried
   * gaps only where the form asks it (the department has some).
   */
  static String assessment(ApplicationProcess application, String manager, String task, String state)
      throws Exception {
    JsonNode shown = json(application.get(manager, "/engine-rest/task/" + task + "/form-variables"));
    var answers = JSON.createObjectNode();
    answers.putObject("state").put("value", state);
    answers.putObject("achievements").put("value", "רוב פעילויות השנה הושלמו.");
    answers.putObject("gaps").put("value", "עיכובים בגיוס כוח אדם.");
    answers.putObject("challenges").put("value", "גידול במספר התלמידים.");
    if (!shown.path("carriedGaps").path("value").asText("").isBlank()) {
      answers.putObject("carriedGapsFollowUp").put("value", "הפערים שעברו נכנסו לתכנית העבודה.");
    }
    return "{\"variables\": " + answers + "}";
  }
}
