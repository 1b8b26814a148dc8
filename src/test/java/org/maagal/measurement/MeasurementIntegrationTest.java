package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TestCycles;
import org.maagal.TasklistUser;
import org.maagal.budget.BudgetBook;
import org.maagal.goals.GoalTreeService;
import org.maagal.goals.GoalTreeView;
import org.maagal.workplans.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Phase 4's reports through the API the page will use: the youth department's semi-annual report opens
 * filled from the approved tree and plan, its manager fills it, bad input is refused and changes nothing,
 * and a correction keeps the report it corrects. Each test takes a cycle of its own year through phases 1–3.
 */
@MaagalIntegrationTest
class MeasurementIntegrationTest {

  static final String DEPARTMENT = "youth";
  static final String MANAGER = "itay-ron";
  static final String OTHER_MANAGER = "yael-dror";
  static final String STRATEGY = "noa-barak";

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
  @Autowired
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;
  @Autowired
  WorkPlanService plans;
  @Autowired
  MeasurementService measurement;

  private TestCycles cycles;

  @Test
  void aReportOpensFilledFromTheApprovedTreeAndPlanAndTheDepartmentFillsIt() {
    int year = 2021;
    toMeasurement(year);
    var plan = plans.approvedPlan(year, DEPARTMENT).orElseThrow();
    assertThat(plan.activities()).hasSize(1);
    var planned = plan.activities().get(0);
    assertThat(planned.title()).isEqualTo("פעילות שגרה");
    assertThat(planned.lines()).singleElement().satisfies(line -> assertThat(line.amount()).isEqualByComparingTo("1000"));

    measurement.open(year, DEPARTMENT, Round.SEMI_ANNUAL);
    measurement.open(year, DEPARTMENT, Round.SEMI_ANNUAL);

    var report = report(year, MANAGER);
    assertThat(report.get("version").asInt()).isEqualTo(1);
    assertThat(report.get("status").asText()).isEqualTo("DRAFT");
    assertThat(report.get("editable").asBoolean()).isTrue();
    var owned = goals.tree(year, Optional.empty()).domains().stream().flatMap(d -> d.goals().stream())
        .flatMap(g -> g.targets().stream()).flatMap(t -> t.indicators().stream())
        .filter(indicator -> DEPARTMENT.equals(indicator.ownerDepartmentId())).toList();
    assertThat(owned).isNotEmpty();
    assertThat(report.get("indicators")).extracting(i -> i.get("indicator").asText())
        .containsExactlyElementsOf(owned.stream().map(GoalTreeView.IndicatorView::name).toList());
    var first = report.at("/indicators/0");
    assertThat(new BigDecimal(first.at("/baseline/value").asText()))
        .isEqualByComparingTo(owned.get(0).baseline().value());
    assertThat(new BigDecimal(first.at("/targetValue/value").asText()))
        .isEqualByComparingTo(owned.get(0).target().value());
    // nothing was reported before in this cycle (a test of an earlier year may have reported for the youth)
    assertThat(first.path("lastValue").path("year").asInt(0)).isLessThan(year);
    assertThat(first.hasNonNull("actual")).isFalse();
    assertThat(report.get("activities")).singleElement().satisfies(activity -> {
      assertThat(activity.get("activityId").asLong()).isEqualTo(planned.id());
      assertThat(activity.get("status").asText()).isEqualTo("IN_PROGRESS");
      assertThat(activity.get("statusName").asText()).isEqualTo("בביצוע");
    });
    assertThat(report.get("spending")).singleElement().satisfies(line -> {
      assertThat(line.get("lineId").asLong()).isEqualTo(planned.lines().get(0).id());
      assertThat(new BigDecimal(line.get("planned").asText())).isEqualByComparingTo("1000");
      assertThat(new BigDecimal(line.get("actual").asText())).isEqualByComparingTo("0");
    });

    assertThat(report.get("indicators")).extracting(i -> i.get("position").asInt())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, owned.size()).boxed().toList());
    int value = first.get("position").asInt();
    var filled = put(year, MANAGER, "/indicators/" + value, "{\"actual\":\"1,250\",\"note\":\"לפי רישום התנועות\"}");
    assertThat(filled.getStatusCode().value()).as(String.valueOf(filled.getBody())).isEqualTo(200);
    assertThat(new BigDecimal(filled.getBody().at("/indicators/0/actual").asText())).isEqualByComparingTo("1250");
    assertThat(filled.getBody().at("/indicators/0/note").asText()).isEqualTo("לפי רישום התנועות");
    put(year, MANAGER, "/indicators/" + value, "{\"actual\":\"72%\"}");
    assertThat(new BigDecimal(report(year, MANAGER).at("/indicators/0/actual").asText())).isEqualByComparingTo("72");

    var done = put(year, MANAGER, "/activities/" + planned.id(), "{\"status\":\"בוצע\"}").getBody();
    assertThat(done.at("/activities/0/status").asText()).isEqualTo("DONE");
    var spent = put(year, MANAGER, "/spending/" + planned.lines().get(0).id(), "{\"actual\":\"600\"}");
    assertThat(spent.getStatusCode().value()).isEqualTo(200);
    assertThat(new BigDecimal(spent.getBody().at("/spending/0/actual").asText())).isEqualByComparingTo("600");
    // one activity, done: 100% on time; 600 of 1,000 spent: 60%
    assertThat(spent.getBody().at("/adherence/onTimePercent").decimalValue()).isEqualByComparingTo("100.0");
    assertThat(spent.getBody().at("/adherence/executionPercent").decimalValue()).isEqualByComparingTo("60.0");
    assertThat(measurement.adherence(year, DEPARTMENT, Round.SEMI_ANNUAL).executionPercent())
        .isEqualByComparingTo("60.0");
    assertThat(measurement.cityAdherence(year, Round.SEMI_ANNUAL).planned()).isEqualByComparingTo("1000");

    var list = as(MANAGER).get("/api/cycles/" + year + "/measurement", JsonNode.class).getBody();
    assertThat(list).singleElement().satisfies(summary -> {
      assertThat(summary.get("departmentId").asText()).isEqualTo(DEPARTMENT);
      assertThat(summary.get("round").asText()).isEqualTo("SEMI_ANNUAL");
    });
    assertThat(as(OTHER_MANAGER).get("/api/cycles/" + year + "/measurement", JsonNode.class).getBody()).isEmpty();
  }

  @Test
  void badInputIsRefusedInHebrewNamingTheItemAndChangesNothing() {
    int year = 2022;
    toMeasurement(year);
    measurement.open(year, DEPARTMENT, Round.SEMI_ANNUAL);
    var before = report(year, MANAGER);
    String indicator = before.at("/indicators/0/indicator").asText();
    int value = before.at("/indicators/0/position").asInt();
    long status = before.at("/activities/0/activityId").asLong();
    long line = before.at("/spending/0/lineId").asLong();
    String clause = before.at("/spending/0/clauseCode").asText();

    assertRefused(put(year, MANAGER, "/indicators/" + value, "{\"actual\":\"הרבה\"}"), 400, indicator, "אינו מספר");
    assertRefused(put(year, MANAGER, "/spending/" + line, "{\"actual\":\"-5\"}"), 400, clause, "שלילית");
    assertRefused(put(year, MANAGER, "/activities/" + status, "{\"status\":\"DELAYED\"}"), 400, "פעילות שגרה",
        "סיבה");
    assertRefused(put(year, MANAGER, "/activities/" + status, "{\"status\":\"בוטל\",\"reason\":\" \"}"), 400,
        "פעילות שגרה", "סיבה");
    assertRefused(put(year, MANAGER, "/activities/" + status, "{\"status\":\"FINISHED\"}"), 400, "FINISHED",
        "בוצע, בביצוע, באיחור, בוטל");
    assertRefused(put(year, MANAGER, "/indicators/999999999", "{\"actual\":\"5\"}"), 404, "999999999", "אין מדד");
    assertRefused(put(year, MANAGER, "/indicators/0", "{\"actual\":\"5\"}"), 404, "אין מדד מספר 0");
    assertRefused(put(year, MANAGER, "/activities/999999999", "{\"status\":\"DONE\"}"), 404, "999999999",
        "אין בדיווח פעילות");
    assertRefused(put(year, MANAGER, "/spending/999999999", "{\"actual\":\"5\"}"), 404, "999999999",
        "אין שורת תקציב");
    assertRefused(as(MANAGER).send(HttpMethod.GET, "/api/cycles/" + year + "/measurement/quarterly/" + DEPARTMENT,
        null), 404, "quarterly", "semi-annual");
    assertRefused(as(OTHER_MANAGER).send(HttpMethod.GET, path(year), null), 403, "מחלקת נוער וצעירים", "גלויים");
    assertRefused(put(year, OTHER_MANAGER, "/indicators/" + value, "{\"actual\":\"5\"}"), 403,
        "מחלקת נוער וצעירים", "רק אנשי");
    assertThat(report(year, STRATEGY).get("editable").asBoolean()).isFalse();
    assertRefused(put(year, STRATEGY, "/indicators/" + value, "{\"actual\":\"5\"}"), 403, "מחלקת נוער וצעירים",
        "רק אנשי");

    measurement.submit(year, DEPARTMENT, Round.SEMI_ANNUAL, MANAGER);
    assertRefused(put(year, MANAGER, "/indicators/" + value, "{\"actual\":\"5\"}"), 409, "הוגשה לבדיקה", "טיוטה");

    var after = report(year, MANAGER);
    for (String part : new String[] {"indicators", "activities", "spending"}) {
      assertThat(after.get(part)).as(part).isEqualTo(before.get(part));
    }
  }

  @Test
  void aReturnedReportKeepsTheFirstVersionItsCopyTakesTheSamePathsAndTheNextRoundShowsTheLastValue() {
    int year = 2023;
    toMeasurement(year);
    measurement.open(year, DEPARTMENT, Round.SEMI_ANNUAL);
    var draft = report(year, MANAGER);
    int value = draft.at("/indicators/0/position").asInt();
    long activity = draft.at("/activities/0/activityId").asLong();
    long line = draft.at("/spending/0/lineId").asLong();
    put(year, MANAGER, "/indicators/" + value, "{\"actual\":100}");
    measurement.submit(year, DEPARTMENT, Round.SEMI_ANNUAL, MANAGER);
    var unexplained = catchThrowableOfType(
        () -> measurement.review(year, DEPARTMENT, Round.SEMI_ANNUAL, false, " ", STRATEGY),
        BadUserRequestException.class);
    assertThat(unexplained.getMessage()).contains("מה לתקן");

    measurement.review(year, DEPARTMENT, Round.SEMI_ANNUAL, false, "הערך נראה נמוך, נא לבדוק", STRATEGY);

    var corrected = report(year, MANAGER);
    assertThat(corrected.get("version").asInt()).isEqualTo(2);
    assertThat(corrected.get("status").asText()).isEqualTo("DRAFT");
    assertThat(new BigDecimal(corrected.at("/indicators/0/actual").asText())).isEqualByComparingTo("100");
    assertThat(corrected.at("/indicators/0/id").asLong()).as("a new row").isNotEqualTo(draft.at("/indicators/0/id")
        .asLong());
    // the same paths name the same items in the corrected draft
    assertThat(put(year, MANAGER, "/indicators/" + value, "{\"actual\":\"120\"}").getStatusCode().value())
        .isEqualTo(200);
    assertThat(put(year, MANAGER, "/activities/" + activity, "{\"status\":\"DONE\"}").getStatusCode().value())
        .isEqualTo(200);
    var spent = put(year, MANAGER, "/spending/" + line, "{\"actual\":\"300\"}");
    assertThat(spent.getStatusCode().value()).isEqualTo(200);
    assertThat(spent.getBody().at("/indicators/0/position").asInt()).isEqualTo(value);
    assertThat(new BigDecimal(spent.getBody().at("/indicators/0/actual").asText())).isEqualByComparingTo("120");
    assertThat(spent.getBody().at("/activities/0/status").asText()).isEqualTo("DONE");
    assertThat(new BigDecimal(spent.getBody().at("/spending/0/actual").asText())).isEqualByComparingTo("300");

    var versions = as(STRATEGY).get(path(year) + "/versions", JsonNode.class).getBody();
    assertThat(versions.get("items")).extracting(v -> v.get("status").asText()).containsExactly("RETURNED", "DRAFT");
    assertThat(versions.at("/items/0/reviewComments").asText()).isEqualTo("הערך נראה נמוך, נא לבדוק");
    var first = as(MANAGER).get(path(year) + "/versions/1", JsonNode.class).getBody();
    assertThat(new BigDecimal(first.at("/indicators/0/actual").asText())).isEqualByComparingTo("100");
    assertThat(first.at("/activities/0/status").asText()).as("the returned version as it was").isEqualTo("IN_PROGRESS");

    measurement.submit(year, DEPARTMENT, Round.SEMI_ANNUAL, MANAGER);
    measurement.review(year, DEPARTMENT, Round.SEMI_ANNUAL, true, null, STRATEGY);
    assertThat(report(year, MANAGER).get("status").asText()).isEqualTo("APPROVED");
    measurement.open(year, DEPARTMENT, Round.ANNUAL);
    var annual = as(MANAGER).get("/api/cycles/" + year + "/measurement/annual/" + DEPARTMENT, JsonNode.class)
        .getBody();
    assertThat(new BigDecimal(annual.at("/indicators/0/lastValue/value").asText())).isEqualByComparingTo("120");
    assertThat(annual.at("/indicators/0/lastValue/round").asText()).isEqualTo("SEMI_ANNUAL");
    assertThat(annual.at("/indicators/0").hasNonNull("actual")).isFalse();
  }

  @BeforeEach
  void prepareTheCycles() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  @AfterEach
  void endTheCycles() {
    cycles.endAll();
  }

  private void toMeasurement(int year) {
    cycles.toWorkPlans(year);
    new CycleFastForward(tasks, atOnce).throughWorkPlans(year, plans, goals, budget);
  }

  private JsonNode report(int year, String user) {
    var response = as(user).get(path(year), JsonNode.class);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    return response.getBody();
  }

  private ResponseEntity<JsonNode> put(int year, String user, String item, String body) {
    return as(user).send(HttpMethod.PUT, path(year) + item, body);
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, int status, String... detailContains) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    assertThat(String.valueOf(response.getHeaders().getContentType())).startsWith("application/problem+json");
    assertThat(response.getBody().get("detail").asText()).contains(detailContains);
  }

  private static String path(int year) {
    return "/api/cycles/" + year + "/measurement/semi-annual/" + DEPARTMENT;
  }

  private TasklistUser as(String user) {
    return new TasklistUser(rest, user);
  }
}
