package org.maagal.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.AsyncContinuations;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.documents.PdfReadingOrder;
import org.maagal.goals.GoalTreeService;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.workplans.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mid-year control as the people live it: at the semi-annual round the youth department reports an indicator worse
 * than its baseline and an activity delayed; the rules flag both; the youth manager gives each a cause and a corrective
 * action (a date two years on is refused in Hebrew and stores nothing; another department cannot answer for her);
 * the strategy unit compiles the report, which goes on the steering committee's agenda and reads as PDF and XLSX;
 * at the annual round the target is reached and the activity done, and the control, the report and the booklet
 * show that the actions worked; the schools' flagged activity, cancelled by an amendment, shows so. A department
 * reads its own deviations only.
 */
@MaagalIntegrationTest
class ControlIntegrationTest {

  static final int YEAR = 2014;
  /** A year whose cycle never reaches its semi-annual round. */
  static final int NOT_MEASURED = 2015;
  static final String YOUTH = "itay-ron";
  static final String SCHOOLS = "yael-dror";
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
  JdbcTemplate database;

  private TestCycles cycles;

  @Test
  void theSemiAnnualRoundsDeviationsAreAnsweredReportedAndJudgedByTheAnnualRound() throws Exception {
    cycles.toWorkPlans(YEAR);
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughWorkPlans(YEAR, plans, goals, budget);
    var youth = new TasklistUser(rest, YOUTH);
    var schools = new TasklistUser(rest, SCHOOLS);
    var strategy = new TasklistUser(rest, STRATEGY);

    // the semi-annual round: the youth's first indicator stays at its baseline, its activity is delayed
    fastForward.openMeasurementRound(YEAR, management, runtime);
    String semiAnnual = "/api/cycles/" + YEAR + "/measurement/semi-annual/youth";
    var draft = youth.get(semiAnnual, JsonNode.class).getBody();
    var indicator = draft.at("/indicators/0");
    String indicatorName = indicator.get("indicator").asText();
    int position = indicator.get("position").asInt();
    long activityId = draft.at("/activities/0/activityId").asLong();
    long lineId = draft.at("/spending/0/lineId").asLong();
    // (the tree's baseline is of a later year than this test's cycle: worse than the baseline is red by any measure)
    var baseline = indicator.at("/baseline/value").decimalValue();
    var worse = "higher-is-better".equals(indicator.get("direction").asText())
        ? baseline.divide(BigDecimal.valueOf(2)) : baseline.multiply(BigDecimal.valueOf(2)).add(BigDecimal.ONE);
    ok(youth.send(HttpMethod.PUT, semiAnnual + "/indicators/" + position,
        "{\"actual\":\"" + worse.toPlainString() + "\"}"));
    ok(youth.send(HttpMethod.PUT, semiAnnual + "/activities/" + activityId,
        "{\"status\":\"DELAYED\",\"reason\":\"הקבלן לא סיים את המבנה\"}"));
    ok(youth.send(HttpMethod.PUT, semiAnnual + "/spending/" + lineId, "{\"actual\":\"500\"}"));
    fastForward.completeAll(YEAR, "fillMeasurementReport", Map.of("reportReady", true));
    fastForward.completeAll(YEAR, "validateMeasurementReport", Map.of("reportDecision", "accept"));
    AsyncContinuations.runAll(management);

    // the rules flagged both; the youth manager reads her own deviations only, the strategy unit everyone's
    var own = youth.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody();
    assertThat(own.get("deviations")).extracting(deviation -> deviation.get("code").asText())
        .containsExactlyInAnyOrder("red-target", "delayed-activity");
    var all = strategy.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody().get("deviations");
    assertThat(all).hasSizeGreaterThan(2)
        .anySatisfy(deviation -> assertThat(deviation.get("departmentId").asText()).isNotEqualTo("youth"));

    // her tasks name each deviation and show what showed it; the schools' manager sees none of them
    var youthTasks = youth.tasks("explainDeviation", YEAR);
    assertThat(youthTasks).extracting(task -> task.get("name").asText()).containsExactlyInAnyOrder(
        "יעד באדום: " + indicatorName, "פעילות באיחור: " + draft.at("/activities/0/title").asText());
    assertThat(schools.tasks("explainDeviation", YEAR)).extracting(task -> task.get("name").asText())
        .doesNotContain("יעד באדום: " + indicatorName);
    String redTask = youthTasks.stream().filter(task -> task.get("name").asText().startsWith("יעד באדום"))
        .findFirst().orElseThrow().get("id").asText();
    var form = youth.get("/engine-rest/task/" + redTask + "/form-variables", JsonNode.class).getBody();
    assertThat(form.at("/deviationDetail/value").asText()).contains("בפועל " + worse.stripTrailingZeros().toPlainString());

    // a date two years on is refused in Hebrew and nothing is stored; another department cannot answer for her
    var late = youth.submit(redTask, Map.of("cause", "ההרשמה נפתחה באיחור", "correctiveAction", "פרסום בשכונות",
        "actionDue", "01/03/" + (YEAR + 2)));
    assertThat(late.getStatusCode().value()).isEqualTo(400);
    assertThat(late.getBody()).contains("מועד הפעולה המתקנת צריך להיות ב-" + YEAR + " או ב-" + (YEAR + 1));
    var notADate = youth.submit(redTask, Map.of("cause", "סיבה", "correctiveAction", "פעולה", "actionDue",
        "31/02/" + YEAR));
    assertThat(notADate.getStatusCode().value()).isEqualTo(400);
    assertThat(notADate.getBody()).contains("יום/חודש/שנה");
    assertThat(schools.submit(redTask, Map.of("cause", "x", "correctiveAction", "y", "actionDue", YEAR + "-10-01"))
        .getStatusCode().value()).isIn(403, 404);
    assertThat(youth.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody().get("deviations"))
        .allSatisfy(deviation -> assertThat(deviation.hasNonNull("cause")).isFalse());

    // a deviation id sent with her answer, to write another department's deviation, is refused; she answers both
    long foreign = ids(all, deviation -> !deviation.get("departmentId").asText().equals("youth")).get(0);
    var forged = youth.submit(redTask, Map.of("cause", "סיבה", "correctiveAction", "פעולה", "actionDue",
        YEAR + "-10-31", "deviationId", foreign));
    assertThat(forged.getStatusCode().value()).isEqualTo(400);
    assertThat(forged.getBody()).contains("deviationId");
    for (var task : youthTasks) {
      youth.complete(task.get("id").asText(), Map.of("cause", "ההרשמה נפתחה באיחור והקבלן התעכב",
          "correctiveAction", "פרסום בשכונות החדשות והחלפת הקבלן", "actionDue", "31/10/" + YEAR));
    }
    var answered = youth.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody().get("deviations");
    assertThat(answered).allSatisfy(deviation -> {
      assertThat(deviation.get("correctiveAction").asText()).isEqualTo("פרסום בשכונות החדשות והחלפת הקבלן");
      assertThat(deviation.get("actionDue").asText()).isEqualTo(YEAR + "-10-31");
      assertThat(deviation.get("explainedBy").asText()).isEqualTo(YOUTH);
    });
    var foreignNow = strategy.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody().get("deviations");
    assertThat(ids(foreignNow, deviation -> deviation.get("id").asLong() == foreign
        && !deviation.hasNonNull("cause"))).containsExactly(foreign);
    fastForward.completeAll(YEAR, "explainDeviation", Map.of("cause", "סיבה", "correctiveAction", "פעולה",
        "actionDue", YEAR + "-11-30"));

    // the strategy unit compiles the report: it goes on the steering committee's agenda
    String report = strategy.task("compileControlReport", YEAR);
    var summary = strategy.get("/engine-rest/task/" + report + "/form-variables", JsonNode.class).getBody();
    assertThat(summary.at("/controlSummary/value").asText()).contains("יעד באדום: " + indicatorName)
        .contains("פרסום בשכונות החדשות והחלפת הקבלן (עד 31/10/" + YEAR + ")");
    strategy.complete(report, Map.of("conclusions", "רוב החריגות נובעות מעיכובי רכש"));
    assertThat(database.queryForList("select title from agenda_item where cycle_year = ? and committee_id = ?",
        String.class, YEAR, "steering")).anySatisfy(title ->
            assertThat(title).startsWith("דוח בקרת אמצע שנה " + YEAR + ": " + all.size() + " חריגות"));

    // the report: PDF and XLSX, the city's for the strategy unit, the youth's own for her
    var cityPdf = text(strategy.get("/api/cycles/" + YEAR + "/control.pdf", byte[].class));
    assertThat(cityPdf).contains("דוח בקרת אמצע שנה " + YEAR).contains("רוב החריגות נובעות מעיכובי רכש")
        .contains("פרסום בשכונות החדשות והחלפת הקבלן").contains("מחלקת נוער וצעירים");
    var youthPdf = text(youth.get("/api/cycles/" + YEAR + "/control.pdf", byte[].class));
    assertThat(youthPdf).contains("מחלקת נוער וצעירים").doesNotContain("מחלקת בתי ספר");
    var xlsx = strategy.get("/api/cycles/" + YEAR + "/control.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      var sheet = workbook.getSheet("חריגות");
      assertThat(sheet.isRightToLeft()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(all.size());
      var youthRows = new ArrayList<LocalDate>();
      sheet.forEach(row -> {
        if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("מחלקת נוער וצעירים")) {
          youthRows.add(row.getCell(7).getLocalDateTimeCellValue().toLocalDate());
        }
      });
      assertThat(youthRows).containsOnly(LocalDate.of(YEAR, 10, 31)).hasSize(2);
    }

    // before the year ends the schools cancel their activity (flagged for its money) by an amendment of their plan
    String schoolsPlan = "/api/cycles/" + YEAR + "/work-plans/schools";
    var amendment = schools.send(HttpMethod.POST, schoolsPlan + "/amendments", "{\"reason\":\"הפעילות בוטלה\"}");
    assertThat(amendment.getStatusCode().value()).as(String.valueOf(amendment.getBody())).isEqualTo(201);
    long cancelled = amendment.getBody().at("/activities/0/id").asLong();
    ok(schools.send(HttpMethod.DELETE, schoolsPlan + "/activities/" + cancelled, null));
    assertThat(schools.send(HttpMethod.POST, schoolsPlan + "/activities", "{\"title\":\"פעילות חלופית בלי תקציב\"}")
        .getStatusCode().value()).isEqualTo(201);
    schools.complete(schools.task("draftWorkPlan", YEAR), Map.of("planReady", true));
    strategy.complete(strategy.task("reviewAlignment", YEAR), Map.of("workPlanDecision", "approve"));
    var finance = new TasklistUser(rest, "eli-mizrahi");
    finance.complete(finance.task("reviewBudget", YEAR), Map.of("workPlanDecision", "approve"));

    // the annual round: the target is reached and the activity done; the actions worked
    fastForward.openMeasurementRound(YEAR, management, runtime);
    String annual = "/api/cycles/" + YEAR + "/measurement/annual/youth";
    var annualDraft = youth.get(annual, JsonNode.class).getBody();
    ok(youth.send(HttpMethod.PUT, annual + "/indicators/" + position,
        "{\"actual\":\"" + annualDraft.at("/indicators/0/targetValue/value").decimalValue().toPlainString() + "\"}"));
    ok(youth.send(HttpMethod.PUT, annual + "/activities/" + activityId, "{\"status\":\"DONE\"}"));
    ok(youth.send(HttpMethod.PUT, annual + "/spending/" + lineId, "{\"actual\":\"950\"}"));
    fastForward.completeAll(YEAR, "fillMeasurementReport", Map.of("reportReady", true));
    fastForward.completeAll(YEAR, "validateMeasurementReport", Map.of("reportDecision", "accept"));
    var cityJudged = strategy.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody().get("deviations");
    assertThat(cityJudged).filteredOn(deviation -> deviation.get("departmentId").asText().equals("schools"))
        .isNotEmpty().allSatisfy(deviation -> assertThat(deviation.get("outcomeName").asText())
            .isEqualTo("הפעילות בוטלה בתיקון לתכנית"));
    var judged = youth.get("/api/cycles/" + YEAR + "/control", JsonNode.class).getBody().get("deviations");
    assertThat(judged).extracting(deviation -> deviation.get("outcome").asText()).containsOnly("WORKED");
    assertThat(judged).extracting(deviation -> deviation.get("annualStatus").asText())
        .containsExactlyInAnyOrder("ירוק", "בוצע");
    var booklet = text(youth.get("/api/cycles/" + YEAR + "/results.pdf", byte[].class));
    assertThat(booklet).contains("בקרת אמצע שנה").contains("פרסום בשכונות").contains("השתפר");
    AsyncContinuations.runAll(management);
    assertThat(strategy.get("/api/cycles/" + YEAR, JsonNode.class).getBody().get("phase").asText())
        .isEqualTo("REVIEW");
  }

  @Test
  void aYearWhoseSemiAnnualRoundIsNotInHasNoControlYet() {
    cycles.start(NOT_MEASURED);
    var answer = new TasklistUser(rest, STRATEGY).get("/api/cycles/" + NOT_MEASURED + "/control", JsonNode.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody().get("detail").asText()).contains("בקרת אמצע השנה של " + NOT_MEASURED + " טרם נפתחה");
    assertThat(rest.getForEntity("/api/cycles/" + NOT_MEASURED + "/control", String.class).getStatusCode().value())
        .as("without a login").isEqualTo(401);
  }

  private static List<Long> ids(JsonNode deviations, java.util.function.Predicate<JsonNode> which) {
    var ids = new ArrayList<Long>();
    deviations.forEach(deviation -> {
      if (which.test(deviation)) {
        ids.add(deviation.get("id").asLong());
      }
    });
    return ids;
  }

  /** Every line of the PDF in reading order, right to left, one string. */
  private static String text(ResponseEntity<byte[]> pdf) throws Exception {
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    return String.join("\n", PdfReadingOrder.allLines(pdf.getBody()));
  }

  private static void ok(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
  }

  @BeforeEach
  void setUp() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  @AfterEach
  void tearDown() {
    cycles.endAll();
  }
}
