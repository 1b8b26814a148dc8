package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.AsyncContinuations;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.clock.ApplicationClock;
import org.maagal.goals.GoalTreeService;
import org.maagal.organization.Organization;
import org.maagal.workplans.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * Phase 4 as the people live it: the measurement phase waits for the semi-annual round's day; its timer
 * (executed, never slept on) gives every department its report task; the youth department fills its report
 * and hands it in, the strategy unit returns it and accepts the correction, the first report kept; then the
 * annual round's timer, on its day of the next year, does the same, and the cycle moves on to the review.
 */
@MaagalIntegrationTest
class MeasurementProcessIntegrationTest {

  static final int YEAR = 2077;

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
  Organization organization;

  private TestCycles cycles;

  @Test
  void bothRoundsOpenOnTheirDaysAndEveryReportIsValidated() {
    cycles.toWorkPlans(YEAR);
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughWorkPlans(YEAR, plans, goals, budget);
    assertThat(phase()).isEqualTo("MEASUREMENT");

    // the phase waits for 1 July at 08:00, Israel time; nobody has a report task before it
    assertThat(timerDue()).isEqualTo(ZonedDateTime.of(YEAR, 7, 1, 8, 0, 0, 0, ApplicationClock.ISRAEL));
    assertThat(fastForward.open(YEAR, "fillMeasurementReport")).isEmpty();

    fastForward.openMeasurementRound(YEAR, management, runtime);
    var youth = new TasklistUser(rest, "itay-ron");
    var opened = youth.tasks("fillMeasurementReport", YEAR);
    assertThat(opened).singleElement().satisfies(task ->
        assertThat(task.get("name").asText()).isEqualTo("מדידה חצי שנתית: מחלקת נוער וצעירים"));
    assertThat(fastForward.open(YEAR, "fillMeasurementReport")).hasSize(organization.departmentIds().size());

    // the youth manager fills the report on the page's API, sees its summary in the form, and hands it in
    String report = "/api/cycles/" + YEAR + "/measurement/semi-annual/youth";
    var draft = youth.get(report, JsonNode.class).getBody();
    var filled = youth.send(HttpMethod.PUT, report + "/spending/" + draft.at("/spending/0/lineId").asLong(),
        "{\"actual\":\"400\"}");
    assertThat(filled.getStatusCode().value()).as(String.valueOf(filled.getBody())).isEqualTo(200);
    String taskId = opened.get(0).get("id").asText();
    assertThat(summaryOf(taskId)).contains("גרסה 1 (טיוטה)").contains("ביצוע תקציב: 40.0%");
    youth.complete(taskId, Map.of("reportReady", true));
    assertThat(youth.get(report, JsonNode.class).getBody().get("status").asText()).isEqualTo("SUBMITTED");

    // the strategy unit returns it: a comment is required, the returned report is kept, a copy is the new draft
    var strategy = new TasklistUser(rest, "noa-barak");
    String validation = strategy.tasks("validateMeasurementReport", YEAR).stream()
        .filter(task -> task.get("name").asText().equals("בדיקת מדידה חצי שנתית: מחלקת נוער וצעירים"))
        .findFirst().orElseThrow().get("id").asText();
    assertThat(strategy.submit(validation, Map.of("reportDecision", "return")).getStatusCode().value()).isEqualTo(400);
    strategy.complete(validation, Map.of("reportDecision", "return", "reviewComments", "חסר ערך למדד החברים"));
    String again = youth.task("fillMeasurementReport", YEAR);
    assertThat(summaryOf(again)).contains("גרסה 2 (טיוטה)").contains("הוחזרה לתיקון: חסר ערך למדד החברים");
    youth.complete(again, Map.of("reportReady", true));
    fastForward.completeAll(YEAR, "fillMeasurementReport", Map.of("reportReady", true));
    fastForward.completeAll(YEAR, "validateMeasurementReport", Map.of("reportDecision", "accept"));
    var versions = strategy.get(report + "/versions", JsonNode.class).getBody().get("items");
    assertThat(versions).extracting(version -> version.get("status").asText()).containsExactly("RETURNED", "APPROVED");
    assertThat(phase()).isEqualTo("MEASUREMENT");

    // the annual round waits for 15 January of the year after
    assertThat(timerDue()).isEqualTo(ZonedDateTime.of(YEAR + 1, 1, 15, 8, 0, 0, 0, ApplicationClock.ISRAEL));
    fastForward.throughMeasurementRound(YEAR, management, runtime);
    assertThat(youth.get("/api/cycles/" + YEAR + "/measurement/annual/youth", JsonNode.class).getBody()
        .get("status").asText()).isEqualTo("APPROVED");
    AsyncContinuations.runAll(management);
    assertThat(phase()).isEqualTo("REVIEW");
  }

  private String phase() {
    return new TasklistUser(rest, "noa-barak").get("/api/cycles/" + YEAR, JsonNode.class).getBody().get("phase")
        .asText();
  }

  private ZonedDateTime timerDue() {
    var phase = runtime.createProcessInstanceQuery().processDefinitionKey("measurement")
        .variableValueEquals("year", YEAR).singleResult();
    var timer = management.createJobQuery().processInstanceId(phase.getId()).timers().singleResult();
    return timer.getDuedate().toInstant().atZone(ApplicationClock.ISRAEL);
  }

  private String summaryOf(String taskId) {
    return (String) tasks.getVariable(taskId, "measurementSummary");
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
