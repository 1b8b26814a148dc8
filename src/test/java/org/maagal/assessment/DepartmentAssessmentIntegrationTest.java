package org.maagal.assessment;

import org.maagal.AsyncContinuations;
import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A department's situation assessment, path by path, as the department manager and the strategy
 * unit work it through Tasklist's REST API: accepted at once, returned for completion and
 * completed, nothing to report, a required value missing; and who may read it.
 */
@MaagalIntegrationTest
class DepartmentAssessmentIntegrationTest {

  static final int YEAR = 2031;
  static final String SUBMIT = "submitDepartmentAssessment";
  static final String REVIEW = "reviewDepartmentAssessment";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;

  TasklistUser schools;
  TasklistUser earlyChildhood;
  TasklistUser youth;
  TasklistUser sport;
  TasklistUser strategyUnit;

  @BeforeEach
  void theCycleIsInItsSituationAssessment() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    AsyncContinuations.runAll(management);
    schools = new TasklistUser(rest, "yael-dror");
    earlyChildhood = new TasklistUser(rest, "hila-carmeli");
    youth = new TasklistUser(rest, "itay-ron");
    sport = new TasklistUser(rest, "guy-hefetz");
    strategyUnit = new TasklistUser(rest, "eyal-friedman");
  }

  @Test
  void anAssessmentAcceptedAtOnceIsStoredAndReadByTheStrategyUnit() {
    schools.complete(schools.task(SUBMIT, YEAR), answers("בתי הספר"));
    String review = strategyUnit.tasks(REVIEW, YEAR).stream()
        .filter(task -> task.get("name").asText().contains("מחלקת בתי ספר")).findFirst().orElseThrow()
        .get("id").asText();
    strategyUnit.complete(review, Map.of("reviewDecision", "accept"));

    var stored = strategyUnit.get("/api/cycles/" + YEAR + "/assessments/schools", JsonNode.class).getBody()
        .get("items");
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).get("status").asText()).isEqualTo("APPROVED");
    assertThat(stored.get(0).at("/answers/gaps").asText()).isEqualTo("פערים: בתי הספר");
    assertThat(stored.get(0).get("submittedBy").asText()).isEqualTo("yael-dror");
    assertThat(stored.get(0).get("reviewedBy").asText()).isEqualTo("eyal-friedman");
    assertThat(schools.tasks(SUBMIT, YEAR)).isEmpty();
  }

  @Test
  void anAssessmentReturnedForCompletionComesBackWithTheNoteAndIsKeptInBothRevisions() {
    earlyChildhood.complete(earlyChildhood.task(SUBMIT, YEAR), answers("גיל רך"));
    strategyUnit.complete(reviewOf("מחלקת גיל רך"), Map.of("reviewDecision", "return",
        "reviewNote", "חסרים נתוני הרישום לגנים"));

    var afterReturn = earlyChildhood.get("/api/cycles/" + YEAR + "/assessments/early-childhood", JsonNode.class)
        .getBody().get("items");
    assertThat(afterReturn)
        .extracting(revision -> revision.get("revision").asInt() + " " + revision.get("status").asText())
        .as("the returned revision is kept, and its copy is the next draft").containsExactly("2 DRAFT", "1 RETURNED");
    assertThat(afterReturn.get(0).at("/answers/state").asText()).isEqualTo("תמונת מצב: גיל רך");
    assertThat(afterReturn.get(1).get("statusName").asText()).isEqualTo("הוחזרה לתיקון");
    String again = earlyChildhood.task(SUBMIT, YEAR);
    var variables = earlyChildhood.get("/engine-rest/task/" + again + "/form-variables", JsonNode.class).getBody();
    assertThat(variables.at("/reviewNote/value").asText()).isEqualTo("חסרים נתוני הרישום לגנים");
    assertThat(variables.at("/state/value").asText()).as("the earlier answers are there to complete")
        .isEqualTo("תמונת מצב: גיל רך");
    earlyChildhood.complete(again, answers("גיל רך, מושלם"));
    strategyUnit.complete(reviewOf("מחלקת גיל רך"), Map.of("reviewDecision", "accept"));

    var revisions = earlyChildhood.get("/api/cycles/" + YEAR + "/assessments/early-childhood", JsonNode.class)
        .getBody().get("items");
    assertThat(revisions).hasSize(2);
    assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(2);
    assertThat(revisions.get(0).get("status").asText()).isEqualTo("APPROVED");
    assertThat(revisions.get(1).get("status").asText()).isEqualTo("RETURNED");
    assertThat(revisions.get(1).get("reviewNote").asText()).isEqualTo("חסרים נתוני הרישום לגנים");
  }

  @Test
  void aDepartmentWithNothingToReportIsDoneWithoutReview() {
    sport.complete(sport.task(SUBMIT, YEAR), Map.of("nothingToReport", true));

    var stored = sport.get("/api/cycles/" + YEAR + "/assessments/sport", JsonNode.class).getBody().get("items");
    assertThat(stored.get(0).at("/answers/nothingToReport").asBoolean()).isTrue();
    assertThat(stored.get(0).get("status").asText()).isEqualTo("APPROVED");
    assertThat(stored.get(0).get("reviewedBy").asText()).as("approved by Maagal, without review").isEqualTo("maagal");
    assertThat(strategyUnit.tasks(REVIEW, YEAR)).noneMatch(task -> task.get("name").asText().contains("מחלקת ספורט"));
  }

  @Test
  void anAssessmentWithoutARequiredValueIsRefusedAndNothingIsStored() {
    String task = youth.task(SUBMIT, YEAR);

    var refused = youth.submit(task, Map.of("state", "רק תמונת מצב"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("חסר: הישגים");
    assertThat(youth.task(SUBMIT, YEAR)).isEqualTo(task);
    assertThat(youth.get("/api/cycles/" + YEAR + "/assessments/youth", JsonNode.class).getBody().get("total").asInt())
        .isZero();
  }

  @Test
  void aDepartmentSeesTheIndicatorsItOwnsWithTheirBaselines() {
    var variables = youth.get("/engine-rest/task/" + youth.task(SUBMIT, YEAR) + "/form-variables", JsonNode.class)
        .getBody();

    assertThat(variables.at("/departmentIndicators/value").asText())
        .contains("מספר החניכים בתנועות ובארגוני הנוער", "528", "950");
  }

  @Test
  void aDepartmentCannotReadAnotherDepartmentsAssessment() {
    var own = schools.get("/api/cycles/" + YEAR + "/assessments/schools", String.class);
    var other = earlyChildhood.get("/api/cycles/" + YEAR + "/assessments/schools", JsonNode.class);
    var list = earlyChildhood.get("/api/cycles/" + YEAR + "/assessments", JsonNode.class).getBody().get("items");

    assertThat(own.getStatusCode().value()).isEqualTo(200);
    assertThat(other.getStatusCode().value()).isEqualTo(403);
    assertThat(other.getBody().get("detail").asText()).contains("מחלקת בתי ספר");
    assertThat(list).allSatisfy(assessment -> assertThat(assessment.get("departmentId").asText())
        .isEqualTo("early-childhood"));
  }

  private String reviewOf(String departmentName) {
    return strategyUnit.tasks(REVIEW, YEAR).stream()
        .filter(task -> task.get("name").asText().contains(departmentName)).findFirst().orElseThrow()
        .get("id").asText();
  }

  static Map<String, Object> answers(String about) {
    return Map.of("state", "תמונת מצב: " + about, "achievements", "הישגים: " + about, "gaps", "פערים: " + about,
        "challenges", "אתגרים: " + about);
  }
}
