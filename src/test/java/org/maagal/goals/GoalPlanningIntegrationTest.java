package org.maagal.goals;

import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.AsyncContinuations;
import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Phase 2, path by path: the design committee's vote (approved, rejected, tied), the steering
 * committee's approval or return, the frozen tree. Each test runs a cycle of its own year.
 */
@MaagalIntegrationTest
class GoalPlanningIntegrationTest {

  static final List<String> DESIGN_COMMITTEE = List.of("noa-barak", "tamar-levin", "ofer-lavi", "liat-hasson",
      "alon-raviv", "irit-gal", "nadav-ben-david", "efrat-sela", "yaron-meir");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  RuntimeService runtime;

  @Test
  void aTreeVotedForAndApprovedAtOnceIsFrozen() {
    int year = 2032;
    toTheDraft(year);
    as("noa-barak").complete(as("noa-barak").task("draftGoalTree", year), Map.of("draftReady", true));
    vote(year, 6, 3, 0);
    steering(year, "approve", null);

    var tree = as("itay-ron").get("/api/cycles/" + year + "/goals", JsonNode.class).getBody();
    assertThat(tree.get("status").asText()).isEqualTo("APPROVED");
    assertThat(tree.get("version").asInt()).isEqualTo(1);
    assertThat(tree.get("approvedBy").asText()).startsWith("ועדת היגוי, ישיבה ");
    assertThat(tree.get("domains")).hasSize(9);
    assertThat(importRevision(year, "950", "1000").getStatusCode().value()).as("frozen").isEqualTo(409);
    var cycle = as("itay-ron").get("/api/cycles/" + year, JsonNode.class).getBody();
    assertThat(cycle.get("phase").asText()).isEqualTo("WORK_PLANS");
  }

  @Test
  void aTreeReturnedByTheSteeringCommitteeIsRevisedAndApprovedAsANewVersion() {
    int year = 2033;
    toTheDraft(year);
    as("noa-barak").complete(as("noa-barak").task("draftGoalTree", year), Map.of("draftReady", true));
    vote(year, 7, 1, 1);
    steering(year, "return", "יש להעלות את יעד תנועות הנוער ל-1000 חניכים");

    String redraft = as("tamar-levin").task("draftGoalTree", year);
    var shown = as("tamar-levin").get("/engine-rest/task/" + redraft + "/form-variables", JsonNode.class).getBody();
    assertThat(shown.at("/steeringComments/value").asText()).contains("1000 חניכים");
    assertThat(importRevision(year, ",950,", ",1000,").getStatusCode().value()).isEqualTo(201);
    as("tamar-levin").complete(redraft, Map.of("draftReady", true, "draftNotes", "יעד תנועות הנוער עודכן"));
    vote(year, 9, 0, 0);
    steering(year, "approve", null);

    var tree = as("noa-barak").get("/api/cycles/" + year + "/goals", JsonNode.class).getBody();
    assertThat(tree.get("version").asInt()).isEqualTo(2);
    assertThat(tree.get("status").asText()).isEqualTo("APPROVED");
    assertThat(tree.toString()).contains("\"value\":1000");
    var first = as("noa-barak").get("/api/cycles/" + year + "/goals?version=1", JsonNode.class).getBody();
    assertThat(first.get("status").asText()).isEqualTo("SUPERSEDED");
    assertThat(first.toString()).contains("\"value\":950");
    var decisions = as("noa-barak").get("/api/cycles/" + year + "/goals/decisions", JsonNode.class).getBody();
    assertThat(decisions.get("total").asInt()).isEqualTo(2);
    assertThat(decisions.get("items")).hasSize(2);
    assertThat(decisions.get("items").get(0).get("approved").asBoolean()).isFalse();
  }

  @Test
  void aTiedVoteGoesToASecondRound() {
    int year = 2034;
    toTheDraft(year);
    as("noa-barak").complete(as("noa-barak").task("draftGoalTree", year), Map.of("draftReady", true));
    vote(year, 4, 4, 1);

    String secondRound = as("ofer-lavi").myTask("castVote", year);
    assertThat(as("ofer-lavi").get("/engine-rest/task/" + secondRound, JsonNode.class).getBody().get("name").asText())
        .contains("סבב 2");
    vote(year, 5, 4, 0);

    assertThat(waitsForTheSteeringCommittee(year)).isTrue();
    var votes = as("noa-barak").get("/api/cycles/" + year + "/goals/votes", JsonNode.class).getBody();
    assertThat(votes.get("total").asInt()).isEqualTo(18);
    assertThat(votes.get("items")).hasSize(18);
  }

  @Test
  void aTreeVotedDownGoesBackToTheDesignCommittee() {
    int year = 2035;
    toTheDraft(year);
    as("noa-barak").complete(as("noa-barak").task("draftGoalTree", year), Map.of("draftReady", true));
    vote(year, 2, 6, 1);

    assertThat(as("noa-barak").tasks("draftGoalTree", year)).hasSize(1);
    assertThat(waitsForTheSteeringCommittee(year)).isFalse();

    // the committee puts the same draft to the vote again, without a new upload: a new round of it
    as("noa-barak").complete(as("noa-barak").task("draftGoalTree", year), Map.of("draftReady", true));
    vote(year, 7, 1, 1);

    assertThat(waitsForTheSteeringCommittee(year)).isTrue();
    var votes = as("noa-barak").get("/api/cycles/" + year + "/goals/votes?size=500", JsonNode.class).getBody();
    assertThat(votes.get("total").asInt()).isEqualTo(2 * DESIGN_COMMITTEE.size());
    assertThat(votes.get("items").findValuesAsText("round")).containsOnly("1", "2");
  }

  @Test
  void nobodyButTheMemberCastsTheMembersVote() {
    int year = 2036;
    toTheDraft(year);
    as("noa-barak").complete(as("noa-barak").task("draftGoalTree", year), Map.of("draftReady", true));
    String oferVote = as("ofer-lavi").myTask("castVote", year);

    var byDepartmentManager = as("yael-dror").submit(oferVote, Map.of("vote", "against"));
    var byAdmin = rest.withBasicAuth("admin", "city-hall-keys").postForEntity("/engine-rest/task/" + oferVote + "/complete",
        json("{\"variables\":{\"vote\":{\"value\":\"against\"}}}"), String.class);

    assertThat(byDepartmentManager.getStatusCode().value()).isIn(403, 404);
    assertThat(byAdmin.getStatusCode().value()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(oferVote).count()).isOne();
    assertThat(as("noa-barak").get("/api/cycles/" + year + "/goals/votes", JsonNode.class).getBody().get("total")
        .asInt()).isZero();
  }

  private boolean waitsForTheSteeringCommittee(int year) {
    return runtime.createExecutionQuery().processInstanceBusinessKey("cycle-" + year).activityId("approveGoalTree")
        .count() == 1;
  }

  private void toTheDraft(int year) {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + year + "}"), String.class);
    AsyncContinuations.runAll(management);
    new CycleFastForward(tasks, atOnce).throughSituationAssessment(year);
    as("avner-golan").complete(as("avner-golan").task("setManagementEmphases", year),
        Map.of("emphases", "צמצום פערים בין השכונות"));
    for (String chair : List.of("yoav-shalev", "tamar-levin", "gilad-aharoni", "orna-katz")) {
      var user = as(chair);
      user.complete(user.task("recommendChannelGoals", year), Map.of("recommendation", "המלצה של " + chair));
    }
  }

  /** The committee votes: the first members for, the next against, the rest abstain. */
  private void vote(int year, int inFavour, int against, int abstain) {
    assertThat(inFavour + against + abstain).isEqualTo(DESIGN_COMMITTEE.size());
    for (int i = 0; i < DESIGN_COMMITTEE.size(); i++) {
      String choice = i < inFavour ? "for" : i < inFavour + against ? "against" : "abstain";
      var member = as(DESIGN_COMMITTEE.get(i));
      member.complete(member.myTask("castVote", year), Map.of("vote", choice));
    }
  }

  /** The steering committee meets, every member present, and votes as one. */
  private void steering(int year, String decision, String comments) {
    atOnce.holdNow("steering", year, "approve".equals(decision) ? Choice.FOR : Choice.AGAINST, comments);
  }

  private org.springframework.http.ResponseEntity<String> importRevision(int year, String from, String to) {
    try {
      String csv = new String(new ClassPathResource("goals/demo-goal-tree-2027.csv").getContentAsByteArray(),
          StandardCharsets.UTF_8).replace(from, to);
      var body = new LinkedMultiValueMap<String, Object>();
      body.add("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
          return "revision.csv";
        }
      });
      var headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      return rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles/" + year + "/goals/import",
          new HttpEntity<>(body, headers), String.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private TasklistUser as(String user) {
    return new TasklistUser(rest, user);
  }
}
