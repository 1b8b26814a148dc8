package org.maagal.cycle;

import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.AsyncContinuations;
import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.assessment.ChannelPictureForm;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The 2027 cycle's first two phases, driven end to end through the REST APIs exactly as the demo
 * people would in Tasklist: every department manager submits, the strategy unit reviews, the
 * research desk and the working teams contribute, the CEO, the teams, the design committee and
 * the steering committee plan; the approved goal tree is there at the end.
 */
@MaagalIntegrationTest
class PhasesOneAndTwoEndToEndIntegrationTest {

  static final int YEAR = 2027;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  ManagementService management;
  @Autowired
  Organization organization;

  @Test
  void theStrategyUnitStartsTheCycleAndEveryoneDoesTheirPartUntilTheGoalTreeIsApproved() {
    var started = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": 2027}"),
        JsonNode.class);
    AsyncContinuations.runAll(management);
    assertThat(started.getStatusCode().value()).isEqualTo(201);

    // phase 1: every department manager finds their own task and submits the assessment
    for (var department : organization.departments()) {
      var manager = as(department.manager());
      var own = manager.tasks("submitDepartmentAssessment", YEAR, department.groupId());
      assertThat(own).as(department.name()).hasSize(1);
      manager.complete(own.get(0).get("id").asText(), Map.of(
          "state", "תמונת מצב של " + department.name(), "achievements", "הישגים", "gaps", "פערים",
          "challenges", "אתגרים"));
    }
    var strategyUnit = as("eyal-friedman");
    for (var review : strategyUnit.tasks("reviewDepartmentAssessment", YEAR)) {
      strategyUnit.complete(review.get("id").asText(), Map.of("reviewDecision", "accept"));
    }
    var research = as("daniel-oz");
    research.complete(research.task("submitCityData", YEAR), Map.of("residentSatisfaction", 72.5,
        "surveyYear", 2026, "surveyRespondents", 1200, "population", 9800, "yearbookYear", 2025,
        "findings", "שביעות הרצון מהחינוך עלתה; הניקיון ירד"));
    for (String teamId : organization.workingTeamIds()) {
      var chair = as(organization.committee(teamId).map(Committee::chair).orElseThrow());
      String task = chair.task("describeChannel", YEAR);
      // as Tasklist: the form shows a place for each criterion of the team's rubric, named in the task's variables
      var shown = chair.get("/engine-rest/task/" + task + "/form-variables", JsonNode.class).getBody();
      var values = new HashMap<String, Object>(Map.of(ChannelPictureForm.PICTURE, "תמונת המצב של " + teamId));
      for (int place = 1; shown.hasNonNull(ChannelPictureForm.criterion(place)); place++) {
        values.put(ChannelPictureForm.score(place), "4");
        values.put(ChannelPictureForm.comment(place), "הסבר");
      }
      assertThat(values).as(teamId + " scores its channel's rubric").containsKey(ChannelPictureForm.score(10));
      chair.complete(task, values);
    }
    var head = as("noa-barak");
    head.complete(head.task("closeSituationAssessment", YEAR), Map.of("pictureSummary", "סיכום תמונת העיר"));

    // phase 2: emphases, recommendations, the draft, the vote, the approval
    var ceo = as("avner-golan");
    ceo.complete(ceo.task("setManagementEmphases", YEAR), Map.of("emphases", "חינוך וצעירים במרכז"));
    for (String teamId : organization.workingTeamIds()) {
      var chair = as(organization.committee(teamId).map(Committee::chair).orElseThrow());
      chair.complete(chair.task("recommendChannelGoals", YEAR), Map.of("recommendation", "המלצות " + teamId));
    }
    head.complete(head.task("draftGoalTree", YEAR), Map.of("draftReady", true));
    for (String member : organization.committeeMemberIds("design")) {
      var voter = as(member);
      voter.complete(voter.myTask("castVote", YEAR), Map.of("vote", "for"));
    }
    atOnce.holdNow("steering", YEAR, Choice.FOR, null);

    var tree = as("yael-dror").get("/api/cycles/2027/goals", JsonNode.class).getBody();
    assertThat(tree.get("status").asText()).isEqualTo("APPROVED");
    assertThat(tree.get("domains")).hasSize(9);
    var cycle = as("yael-dror").get("/api/cycles/2027", JsonNode.class).getBody();
    assertThat(cycle.get("phase").asText()).isEqualTo("WORK_PLANS");
    var assessments = strategyUnit.get("/api/cycles/2027/assessments", JsonNode.class).getBody();
    assertThat(assessments.get("total").asInt()).isEqualTo(organization.departments().size());
    assertThat(assessments.get("items")).hasSize(organization.departments().size());
    assertThat(strategyUnit.get("/api/cycles/2027/channel-pictures", JsonNode.class).getBody()).hasSize(4);
    assertThat(strategyUnit.get("/api/cycles/2027/city-data", JsonNode.class).getBody()).hasSize(1);
    assertThat(strategyUnit.get("/api/cycles/2027/goals/inputs", JsonNode.class).getBody()).hasSize(5);
  }

  private TasklistUser as(String user) {
    return new TasklistUser(rest, user);
  }
}
