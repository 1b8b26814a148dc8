package org.maagal.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.ApplicationProcess.json;
import static org.maagal.database.PostgresBackups.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.ApplicationProcess;

/**
 * Writes the database the upgrade test starts from ({@link UpgradeIntegrationTest}): a release's jar runs on a new
 * PostgreSQL a whole demo year ({@link UpgradeIntegrationTest#DONE_YEAR}) and starts the next, in which the people
 * have begun phase 1 (the youth manager claimed her assessment, the schools manager submitted hers, the research
 * desk handed in the city's data); the database is then backed up with {@code pg_dump} into
 * {@code src/test/resources/upgrade/}, beside what that release answered for the finished year's results. Not a
 * test of the build: run once a release, by {@code scripts/upgrade-fixture.sh}, which builds the release's jar.
 */
class UpgradeFixtureWriter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CITY_DATA = "{\"variables\": {\"residentSatisfaction\": {\"value\": 68.5}, \"surveyYear\": {\"value\": "
      + (UpgradeIntegrationTest.YEAR - 1) + "}, \"population\": {\"value\": 49120}, \"findings\": {\"value\": \"ממצאי הסקר שנמסרו לפני השדרוג\"}}}";

  @TempDir
  Path directory;

  @Test
  void writeTheFixtureOfARelease() throws Exception {
    String release = System.getProperty("upgrade.release");
    Path jar = Path.of(System.getProperty("upgrade.release.jar"));
    assertThat(jar).as("the release's jar").isRegularFile();
    Path fixtures = Path.of("src", "test", "resources", "upgrade");
    int done = UpgradeIntegrationTest.DONE_YEAR;
    int year = UpgradeIntegrationTest.YEAR;
    var backups = new PostgresBackups(directory);
    try (var database = EmbeddedPostgres.builder().start()) {
      var arguments = on(database);
      arguments.add("--maagal.demo.run-year=" + done);
      try (var application = ApplicationProcess.startJar(jar, directory, ApplicationProcess.RECOMMENDED_JVM,
          arguments)) {
        assertThat(application.awaitDemoYear(done, Duration.ofMinutes(15))).as(application.log()).isTrue();
        Files.writeString(fixtures.resolve("release-" + release + "-results-" + done + ".json"),
            application.get("noa-barak", "/api/cycles/" + done + "/results").body(), StandardCharsets.UTF_8);

        var started = application.postJson("noa-barak", "/api/cycles", "{\"year\": " + year + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(application.awaitTrue(() -> application.openTasks("submitCityData", year) > 0
            && application.openTasks("submitDepartmentAssessment", year) > 10, Duration.ofMinutes(2))).isTrue();
        String youth = application.openTask("submitDepartmentAssessment", "dept-youth", year);
        var claimed = application.postJson("itay-ron", "/engine-rest/task/" + youth + "/claim",
            "{\"userId\": \"itay-ron\"}");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        String schools = application.openTask("submitDepartmentAssessment", "dept-schools", year);
        assertThat(application.postJson("yael-dror", "/engine-rest/task/" + schools + "/claim",
            "{\"userId\": \"yael-dror\"}").statusCode()).isEqualTo(204);
        var submitted = application.postJson("yael-dror", "/engine-rest/task/" + schools + "/submit-form",
            assessment(application, "yael-dror", schools, UpgradeIntegrationTest.SCHOOLS_STATE));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
        String cityData = application.openTask("submitCityData", null, year);
        var handedIn = application.postJson("daniel-oz", "/engine-rest/task/" + cityData + "/submit-form",
            CITY_DATA);
        assertThat(handedIn.statusCode()).as(handedIn.body()).isEqualTo(204);
        assertThat(json(application.get("admin", "/engine-rest/incident/count")).get("count").asInt()).isZero();
      }
      backups.dump(database, fixtures.resolve("release-" + release + ".dump"));
    }
  }

  /**
   * A department assessment's answers, as its manager submits them in Tasklist: what became of last year's carried
   * gaps only where the form asks it (the department has some).
   */
  private static String assessment(ApplicationProcess application, String manager, String task, String state)
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
