package org.maagal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.documents.PdfReadingOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The demo year command's work: one call takes a cycle from its start through the review, every task done
 * by the person it was routed to, and leaves a finished year to look at — results with statuses, reports
 * corrected once, gaps explained and decided, the book of work plans approved.
 */
@MaagalIntegrationTest
class DemoYearIntegrationTest {

  static final int YEAR = 2086;

  @Autowired
  DemoYear demoYear;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  HistoryService history;
  @Autowired
  RuntimeService runtime;
  @Autowired
  org.maagal.organization.Organization organization;

  @Test
  void aWholeYearRunsToTheEndOfItsReviewAsTheDemoPeople() throws Exception {
    demoYear.run(YEAR);

    var strategy = new TasklistUser(rest, "noa-barak");
    assertThat(strategy.get("/api/cycles/" + YEAR, JsonNode.class).getBody().get("phase").asText())
        .isEqualTo("COMPLETED");

    // every task was done by a person of the group it was routed to: the youth's plan by the youth manager
    var youthDrafts = history.createHistoricTaskInstanceQuery().taskDefinitionKey("draftWorkPlan")
        .processVariableValueEquals("year", YEAR).processVariableValueEquals("departmentId", "youth").list();
    assertThat(youthDrafts).as("the plan and its amendment").hasSize(2)
        .allSatisfy(draft -> assertThat(draft.getAssignee()).isEqualTo("itay-ron"));
    assertThat(history.createHistoricTaskInstanceQuery().processVariableValueEquals("year", YEAR).finished()
        .taskAssigned().count()).isEqualTo(history.createHistoricTaskInstanceQuery()
        .processVariableValueEquals("year", YEAR).finished().count());

    // every working team of the year scored every criterion of its channel's rubric, arena by arena (the teams of the
    // steering committee's focus, when an earlier test's meeting approved one: a focus holds until another is)
    var rubrics = strategy.get("/api/cycles/" + YEAR + "/rubrics", JsonNode.class).getBody();
    long teamsThatWorked = history.createHistoricTaskInstanceQuery().taskDefinitionKey("describeChannel")
        .processVariableValueEquals("year", YEAR).finished().count();
    assertThat(teamsThatWorked).isPositive();
    assertThat(rubrics).hasSize((int) teamsThatWorked).allSatisfy(team -> assertThat(team.get("arenas")).hasSizeGreaterThanOrEqualTo(4)
        .allSatisfy(arena -> assertThat(arena.get("criteria")).isNotEmpty()
            .allSatisfy(criterion -> assertThat(criterion.get("score").asInt()).isBetween(2, 5))));

    // the results: every indicator of the tree has a status, and most were measured
    var results = strategy.get("/api/cycles/" + YEAR + "/results", JsonNode.class).getBody();
    assertThat(results.get("round").asText()).isEqualTo("ANNUAL");
    var indicators = indicators(results);
    var count = results.get("count");
    assertThat(count.get("green").asInt() + count.get("amber").asInt() + count.get("red").asInt()
        + count.get("none").asInt()).isEqualTo(indicators.size());
    assertThat(count.get("green").asInt() + count.get("amber").asInt() + count.get("red").asInt())
        .isGreaterThan(indicators.size() / 2);
    assertThat(results.get("departments")).allSatisfy(department ->
        assertThat(department.get("annualStatus").asText()).isEqualTo("אושרה"));
    assertThat(results.at("/cityAdherence/executionPercent").decimalValue()).isBetween(
        java.math.BigDecimal.valueOf(70), java.math.BigDecimal.valueOf(100));

    // one semi-annual report was returned and corrected: two versions, the first kept
    var returned = strategy.get("/api/cycles/" + YEAR + "/measurement", JsonNode.class).getBody();
    assertThat(returned).anySatisfy(report -> assertThat(report.get("version").asInt()).isEqualTo(2));

    // the review: a rule gap for every red indicator, all explained, the strategy unit's own not carried
    var gaps = results.get("gaps");
    assertThat(gaps).filteredOn(gap -> gap.get("kind").asText().equals("red-target")).hasSize(count.get("red").asInt());
    assertThat(gaps).allSatisfy(gap -> {
      assertThat(gap.get("explanation").asText()).isNotBlank();
      assertThat(gap.get("carried").asBoolean()).isEqualTo(!gap.get("source").asText().equals("strategy-unit"));
    });
    assertThat(gaps).filteredOn(gap -> gap.get("source").asText().equals("strategy-unit")).hasSize(1);
    assertThat(results.at("/lessons/lessons").asText()).isNotBlank();
    assertThat(strategy.get("/api/cycles/" + YEAR + "/book/editions", JsonNode.class).getBody())
        .anySatisfy(edition -> assertThat(edition.toString()).contains("APPROVED"));

    // the CEO's four emphases: the plans serve the first three, and the city's linkage says the fourth has nothing;
    // the city's picture and the goal tree carry what phase 1 and the planning set
    var linkage = strategy.get("/api/cycles/" + YEAR + "/linkage", JsonNode.class).getBody();
    assertThat(linkage.get("emphases").findValuesAsText("text")).containsExactly("חיזוק החינוך הבלתי פורמלי",
        "התחדשות עירונית", "שירות דיגיטלי לתושב", "מיצוי משאבים חיצוניים");
    assertThat(linkage.get("emphasesWithoutActivity").findValuesAsText("text")).containsExactly("מיצוי משאבים חיצוניים");
    var picture = strategy.get("/api/cycles/" + YEAR + "/picture", JsonNode.class).getBody();
    assertThat(picture.get("closed").asBoolean()).isTrue();
    assertThat(picture.get("summary").asText()).contains("לוועדה המעצבת");
    assertThat(strategy.get("/api/cycles/" + YEAR + "/goals", JsonNode.class).getBody().get("vision").asText())
        .startsWith("עין כרמית");

    // every committee met: approved minutes, a decision or a discussion, and action items, one still open
    var meetings = strategy.get("/api/meetings?year=" + YEAR, JsonNode.class).getBody();
    assertThat(meetings).extracting(meeting -> meeting.get("committeeId").asText()).contains("steering", "design",
        "team-urban", "team-social", "team-economic", "team-educational");
    assertThat(meetings).allSatisfy(meeting -> {
      assertThat(meeting.get("status").asText()).isEqualTo("MINUTES_APPROVED");
      assertThat(meeting.at("/minutes/summary").asText()).isNotBlank();
      assertThat(meeting.get("agenda")).isNotEmpty();
    });
    var decidedBy = new java.util.TreeSet<String>();
    meetings.forEach(meeting -> meeting.get("agenda").forEach(item -> item.get("votes").forEach(vote -> {
      if (vote.get("outcome").asText().equals("APPROVED")) {
        decidedBy.add(meeting.get("committeeId").asText());
      }
    })));
    assertThat(decidedBy).as("every committee decided something by vote").containsExactly("design", "steering",
        "team-economic", "team-educational", "team-social", "team-urban");
    assertThat(meetings).filteredOn(meeting -> meeting.get("committeeId").asText().equals("steering"))
        .flatExtracting(meeting -> List.of(meeting.get("agenda").elements().next().get("title").asText()))
        .anySatisfy(title -> assertThat(title).startsWith("אישור עץ המטרות " + YEAR))
        .anySatisfy(title -> assertThat(title).isEqualTo("אישור ספר תכניות העבודה " + YEAR));
    var steeringItems = new java.util.ArrayList<String>();
    meetings.forEach(meeting -> meeting.get("agenda").forEach(item -> steeringItems.add(item.get("title").asText())));
    assertThat(steeringItems).as("the mid-year control report and the annual round's red targets came to the steering"
        + " committee by themselves")
        .anySatisfy(title -> assertThat(title).startsWith("דוח בקרת אמצע שנה " + YEAR + ": "))
        .anySatisfy(title -> assertThat(title).startsWith("יעדים באדום בסבב השנתי " + YEAR + ": "));

    // the mid-year control: every deviation of the semi-annual round answered with an action and judged by the annual
    var control = strategy.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody();
    assertThat(control.get("deviations")).extracting(deviation -> deviation.get("code").asText())
        .contains("red-target", "delayed-activity");
    assertThat(control.get("deviations")).allSatisfy(deviation -> {
      assertThat(deviation.get("correctiveAction").asText()).isNotBlank();
      assertThat(deviation.get("outcome").asText()).isNotEqualTo("NOT_YET");
    });
    assertThat(control.get("conclusions").asText()).isNotBlank();
    var booklet = strategy.get("/api/cycles/" + YEAR + "/results.pdf", byte[].class).getBody();
    assertThat(PdfReadingOrder.allLines(booklet)).as("the booklet's mid-year control, with the corrective actions")
        .contains("בקרת אמצע שנה").anySatisfy(line -> assertThat(line).contains("פרסום ממוקד"));

    // the youth plan, amended after the control: its second activity cancelled and its money moved; the annual round
    // reports the amended plan, and the book says how it was amended
    var amended = strategy.get("/api/cycles/" + YEAR + "/work-plans/youth", JsonNode.class).getBody();
    assertThat(amended.get("amendment").asInt()).isEqualTo(1);
    assertThat(amended.get("status").asText()).isEqualTo("APPROVED");
    assertThat(amended.get("activities")).hasSize(1);
    assertThat(strategy.get("/api/cycles/" + YEAR + "/measurement/annual/youth", JsonNode.class).getBody()
        .get("activities")).hasSize(1);
    assertThat(strategy.get("/api/cycles/" + YEAR + "/measurement/semi-annual/youth", JsonNode.class).getBody()
        .get("activities")).hasSize(2);

    // the early-childhood plan's additional budget request, partly approved by finance in a new clause
    var requests = strategy.get("/api/cycles/" + YEAR + "/budget-requests", JsonNode.class).getBody();
    assertThat(requests).singleElement().satisfies(row -> {
      assertThat(row.get("departmentId").asText()).isEqualTo("early-childhood");
      assertThat(row.at("/request/status").asText()).isEqualTo("PARTLY_APPROVED");
      assertThat(row.at("/request/approvedAmount").decimalValue()).isEqualByComparingTo("120000");
    });
    var actions = new java.util.ArrayList<JsonNode>();
    meetings.forEach(meeting -> meeting.get("actionItems").forEach(actions::add));
    assertThat(actions).hasSizeGreaterThanOrEqualTo(6);
    assertThat(actions).filteredOn(action -> !action.get("done").asBoolean()).hasSize(1);

    theYearIsPublicWithNothingInternal(strategy, results, control);
  }

  /**
   * The steering committee published the year's three parts: the public site shows them without a login in its three
   * languages, and nothing internal reaches it or its files: no person's name, login or e-mail, no explanation,
   * treatment, lesson, corrective action or reviewer's comment.
   */
  private void theYearIsPublicWithNothingInternal(TasklistUser strategy, JsonNode results, JsonNode control)
      throws Exception {
    var published = strategy.get("/api/cycles/" + YEAR + "/publications", JsonNode.class).getBody();
    assertThat(published).extracting(row -> row.get("part").asText() + " " + row.get("status").asText())
        .containsExactly("GOALS PUBLISHED", "MONEY PUBLISHED", "RESULTS PUBLISHED");
    var internal = new java.util.TreeSet<String>();
    organization.people().forEach(person -> internal.addAll(List.of(person.firstName() + " " + person.lastName(),
        person.id(), person.email())));
    results.get("gaps").forEach(gap -> internal.addAll(List.of(gap.get("explanation").asText(),
        gap.get("treatment").asText())));
    internal.addAll(List.of(results.at("/lessons/lessons").asText(), results.at("/lessons/successes").asText(),
        "נא להוסיף הערה לכל מדד שלא הגיע ליעד", control.get("conclusions").asText()));
    control.get("deviations").forEach(deviation -> internal.addAll(List.of(deviation.get("cause").asText(),
        deviation.get("correctiveAction").asText())));
    internal.removeIf(String::isBlank);

    String site = "/public/" + YEAR + "/";
    var texts = new ArrayList<String>();
    for (String language : List.of("he", "ar", "en")) {
      var page = rest.getForEntity(site + "?lang=" + language, String.class);
      assertThat(page.getStatusCode().value()).isEqualTo(200);
      texts.add(org.springframework.web.util.HtmlUtils.htmlUnescape(page.getBody()));
      texts.add(new String(rest.getForEntity(site + "plan.csv?lang=" + language, byte[].class).getBody(),
          java.nio.charset.StandardCharsets.UTF_8));
    }
    texts.add(String.join("\n", PdfReadingOrder.allLines(rest.getForEntity(site + "booklet.pdf", byte[].class)
        .getBody())));
    assertThat(texts.get(0)).contains(strategy.get("/api/cycles/" + YEAR + "/goals", JsonNode.class).getBody()
        .get("vision").asText()).contains("נכון למדידה השנתית").contains("מה עובר לשנה הבאה");
    assertThat(texts).allSatisfy(text -> assertThat(internal).noneSatisfy(secret -> assertThat(text).contains(secret)));
  }

  private static List<JsonNode> indicators(JsonNode results) {
    var found = new ArrayList<JsonNode>();
    results.get("domains").forEach(domain -> domain.get("goals").forEach(goal -> goal.get("targets")
        .forEach(target -> target.get("indicators").forEach(found::add))));
    return found;
  }

  @AfterEach
  void endTheCycle() {
    runtime.createProcessInstanceQuery().processDefinitionKey("annual-planning-cycle")
        .variableValueEquals("year", YEAR).list()
        .forEach(cycle -> runtime.deleteProcessInstance(cycle.getId(), "test over"));
  }
}
