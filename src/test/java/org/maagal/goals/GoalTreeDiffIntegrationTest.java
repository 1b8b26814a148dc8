package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.maagal.AsyncContinuations;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * What changed between two versions of a goal tree, and the preview of an upload: a revision with
 * one target value raised and one goal added shows exactly those two, a dry run stores nothing.
 */
@MaagalIntegrationTest
class GoalTreeDiffIntegrationTest {

  static final String YOUTH_INDICATOR = "מספר החניכים בתנועות ובארגוני הנוער";
  static final String NEW_GOAL = "ספרייה עירונית פתוחה לכל תושב";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  final ObjectMapper mapper = new ObjectMapper();

  @Test
  void theDifferenceBetweenTwoVersionsIsTheEditedTargetAndTheAddedGoal() {
    int year = 2071;
    open(year);
    assertThat(upload(year, revision(), false).getStatusCode().value()).isEqualTo(201);

    var diff = get("noa-barak", "/api/cycles/" + year + "/goals/diff?from=1&to=2");

    assertThat(diff.get("from").asInt()).isEqualTo(1);
    assertThat(diff.get("to").asInt()).isEqualTo(2);
    assertTheEditedTargetAndTheAddedGoal(diff.get("changes"));
    assertThat(get("noa-barak", "/api/cycles/" + year + "/goals/diff")).as("the newest and the one before")
        .isEqualTo(diff);
  }

  @Test
  void aDepartmentManagerReadsTheDifferenceAsTheyReadTheTree() {
    int year = 2072;
    open(year);
    upload(year, revision(), false);

    var diff = get("yael-dror", "/api/cycles/" + year + "/goals/diff?from=1&to=2");

    assertTheEditedTargetAndTheAddedGoal(diff.get("changes"));
  }

  @Test
  void aDryRunShowsWhatWouldChangeAndStoresNothing() throws Exception {
    int year = 2073;
    open(year);
    int versionsBefore = versions(year);

    var preview = upload(year, revision(), true);

    assertThat(preview.getStatusCode().value()).isEqualTo(200);
    var body = mapper.readTree(preview.getBody());
    assertThat(body.get("against").asInt()).isEqualTo(1);
    assertThat(body.get("rowsRead").asInt()).isEqualTo(71);
    assertThat(body.get("notices").isArray()).isTrue();
    assertTheEditedTargetAndTheAddedGoal(body.get("changes"));
    assertThat(versions(year)).isEqualTo(versionsBefore);
    assertThat(get("noa-barak", "/api/cycles/" + year + "/goals").get("version").asInt()).isEqualTo(1);

    assertThat(upload(year, revision(), false).getStatusCode().value()).as("the same file, stored").isEqualTo(201);
    assertThat(versions(year)).isEqualTo(versionsBefore + 1);
  }

  @Test
  void aBrokenFileIsTheSameRefusalWithOrWithoutDryRun() throws Exception {
    int year = 2074;
    open(year);
    byte[] broken = new ClassPathResource("goals/broken-goal-tree.csv").getContentAsByteArray();

    var previewed = upload(year, broken, true);
    var imported = upload(year, broken, false);

    assertThat(previewed.getStatusCode().value()).isEqualTo(400);
    assertThat(mapper.readTree(previewed.getBody())).isEqualTo(mapper.readTree(imported.getBody()));
    assertThat(versions(year)).isEqualTo(1);
  }

  @Test
  void aMissingVersionIsNotFoundAndABadNumberIsRefused() throws Exception {
    int year = 2075;
    open(year);

    var missing = rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + year + "/goals/diff?from=1&to=9", String.class);
    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    assertThat(missing.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(mapper.readTree(missing.getBody()).get("detail").asText()).contains("אין גרסה 9");

    assertThat(status("/api/cycles/" + year + "/goals/diff?from=0&to=1")).isEqualTo(400);
    assertThat(status("/api/cycles/" + year + "/goals/diff?from=abc")).isEqualTo(400);
    var onlyOne = rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + year + "/goals/diff", String.class);
    assertThat(onlyOne.getStatusCode().value()).as("version 1 has none before it").isEqualTo(400);
    assertThat(mapper.readTree(onlyOne.getBody()).get("detail").asText()).contains("אין גרסה קודמת");
    assertThat(status("/api/cycles/2079/goals/diff")).as("no cycle, no tree").isEqualTo(404);
  }

  private static void assertTheEditedTargetAndTheAddedGoal(JsonNode changes) {
    assertThat(changes.get("removed")).isEmpty();
    assertThat(changes.get("added")).hasSize(1);
    var added = changes.get("added").get(0);
    assertThat(added.get("level").asText()).isEqualTo("goal");
    assertThat(added.get("domain").asText()).isEqualTo("תרבות ופנאי");
    assertThat(added.get("goal").asText()).isEqualTo(NEW_GOAL);
    assertThat(changes.get("changed")).hasSize(1);
    var changed = changes.get("changed").get(0);
    assertThat(changed.get("indicator").asText()).isEqualTo(YOUTH_INDICATOR);
    assertThat(changed.get("fields")).hasSize(1);
    var field = changed.get("fields").get(0);
    assertThat(field.get("field").asText()).isEqualTo("targetValue");
    assertThat(field.get("label").asText()).isEqualTo("ערך יעד");
    assertThat(field.get("before").asInt()).isEqualTo(950);
    assertThat(field.get("after").asInt()).isEqualTo(1000);
    assertThat(changed.at("/before/baseline/value").asInt()).isEqualTo(528);
    assertThat(changes.at("/summary/added/goals").asInt()).isEqualTo(1);
    assertThat(changes.at("/summary/changed/indicators").asInt()).isEqualTo(1);
  }

  private void open(int year) {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + year + "}"), String.class);
    AsyncContinuations.runAll(management);
  }

  /** The demo tree with the youth movements' target raised from 950 to 1000 and a new goal in culture. */
  static byte[] revision() {
    try {
      String csv = new String(new ClassPathResource("goals/demo-goal-tree-2027.csv").getContentAsByteArray(),
          StandardCharsets.UTF_8);
      assertThat(csv).contains(",528,2025,950,2027,");
      String revised = csv.replace(",528,2025,950,2027,", ",528,2025,1000,2027,").stripTrailing()
          + "\nתרבות ופנאי," + NEW_GOAL + ",,,,,,,,,,\n";
      return revised.getBytes(StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private JsonNode get(String user, String path) {
    var answer = rest.withBasicAuth(user, "ein-karmit-demo").getForEntity(path, JsonNode.class);
    assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
    return answer.getBody();
  }

  private int status(String path) {
    return rest.withBasicAuth("noa-barak", "ein-karmit-demo").getForEntity(path, String.class).getStatusCode().value();
  }

  private int versions(int year) {
    return get("noa-barak", "/api/cycles/" + year + "/goals/versions?size=500").get("total").asInt();
  }

  private ResponseEntity<String> upload(int year, byte[] content, boolean dryRun) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return "revision.csv";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity(
        "/api/cycles/" + year + "/goals/import" + (dryRun ? "?dryRun=true" : ""), new HttpEntity<>(body, headers),
        String.class);
  }
}
