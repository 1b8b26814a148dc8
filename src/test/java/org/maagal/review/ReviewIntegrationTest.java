package org.maagal.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
import org.maagal.goals.GoalTreeService;
import org.maagal.goals.GoalTreeView;
import org.maagal.workplans.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A whole cycle and the start of the next, as the people live it: the youth department reports an indicator
 * that did not move and an activity delayed; the review flags both gaps by rule, the strategy unit adds one
 * for the schools, each department explains its gaps, the steering committee carries the youth's and not
 * the schools'; next year's tree takes the measured values as baselines, and the youth department's
 * situation assessment opens with its results and its carried gaps. A department reads only its own results.
 */
@MaagalIntegrationTest
class ReviewIntegrationTest {

  static final int YEAR = 2088;
  static final String YOUTH = "itay-ron";
  static final String SCHOOLS = "yael-dror";
  static final String STRATEGY = "noa-barak";
  /** The CEO, a member of the steering committee. */
  static final String STEERING = "avner-golan";

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

  private TestCycles cycles;

  @Test
  void gapsOfOneYearAreExplainedDecidedAndOpenTheNextYearsAssessment() {
    cycles.toWorkPlans(YEAR);
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughWorkPlans(YEAR, plans, goals, budget);
    var youth = new TasklistUser(rest, YOUTH);
    var strategy = new TasklistUser(rest, STRATEGY);

    // the semi-annual round: everyone hands in the report as it opened
    fastForward.throughMeasurementRound(YEAR, management, runtime);

    // the annual round: the youth's first indicator stays at its baseline, its activity is delayed
    fastForward.openMeasurementRound(YEAR, management, runtime);
    String report = "/api/cycles/" + YEAR + "/measurement/annual/youth";
    var draft = youth.get(report, JsonNode.class).getBody();
    var indicator = draft.at("/indicators/0");
    String indicatorName = indicator.get("indicator").asText();
    var baseline = indicator.at("/baseline/value").decimalValue();
    ok(youth.send(HttpMethod.PUT, report + "/indicators/" + indicator.get("position").asInt(),
        "{\"actual\":\"" + baseline.toPlainString() + "\"}"));
    ok(youth.send(HttpMethod.PUT, report + "/activities/" + draft.at("/activities/0/activityId").asLong(),
        "{\"status\":\"DELAYED\",\"reason\":\"הקבלן לא סיים את המבנה\"}"));
    fastForward.completeAll(YEAR, "fillMeasurementReport", Map.of("reportReady", true));
    fastForward.completeAll(YEAR, "validateMeasurementReport", Map.of("reportDecision", "accept"));

    // the results: the indicator is red at the annual round; the youth sees its own part only
    var results = strategy.get("/api/cycles/" + YEAR + "/results", JsonNode.class).getBody();
    assertThat(results.get("round").asText()).isEqualTo("ANNUAL");
    var youthIndicator = indicators(results).stream()
        .filter(found -> found.get("indicator").asText().equals(indicatorName)).findFirst().orElseThrow();
    assertThat(youthIndicator.get("status").asText()).isEqualTo("red");
    assertThat(youthIndicator.get("statusName").asText()).isEqualTo("אדום");
    assertThat(youthIndicator.get("annual").decimalValue()).isEqualByComparingTo(baseline);
    var ownResults = youth.get("/api/cycles/" + YEAR + "/results", JsonNode.class).getBody();
    assertThat(ownResults.get("departmentId").asText()).isEqualTo("youth");
    assertThat(indicators(ownResults)).isNotEmpty()
        .allSatisfy(own -> assertThat(own.get("ownerDepartmentId").asText()).isEqualTo("youth"));
    assertThat(ownResults.get("departments")).singleElement()
        .satisfies(own -> assertThat(own.at("/adherence/onTimePercent").decimalValue()).isEqualByComparingTo("0"));

    // the review: both youth gaps flagged by rule; the strategy unit adds one for the schools
    var gaps = strategy.get("/api/cycles/" + YEAR + "/review/gaps", JsonNode.class).getBody();
    assertThat(gaps).filteredOn(gap -> gap.get("departmentId").asText().equals("youth"))
        .extracting(gap -> gap.get("kind").asText()).containsExactlyInAnyOrder("red-target", "low-adherence");
    var refused = strategy.send(HttpMethod.POST, "/api/cycles/" + YEAR + "/review/gaps",
        "{\"departmentId\":\"schools\",\"title\":\" \"}");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("detail").asText()).contains("כותרת הפער");
    var added = strategy.send(HttpMethod.POST, "/api/cycles/" + YEAR + "/review/gaps",
        "{\"departmentId\":\"schools\",\"title\":\"נשירה סמויה בחטיבות הביניים\",\"detail\":\"לפי סקר ההורים\"}");
    assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(200);
    long schoolsGap = added.getBody().get("id").asLong();
    assertThat(youth.send(HttpMethod.POST, "/api/cycles/" + YEAR + "/review/gaps",
        "{\"departmentId\":\"youth\",\"title\":\"פער\"}").getStatusCode().value()).isEqualTo(403);
    strategy.complete(strategy.task("completeGapList", YEAR), Map.of("gapsReady", true));
    assertThat(strategy.send(HttpMethod.POST, "/api/cycles/" + YEAR + "/review/gaps",
        "{\"departmentId\":\"schools\",\"title\":\"מאוחר מדי\"}").getStatusCode().value()).isEqualTo(409);
    AsyncContinuations.runAll(management);

    // each department explains each of its gaps; an explanation without a treatment is refused
    var youthTasks = youth.tasks("explainGap", YEAR);
    assertThat(youthTasks).extracting(task -> task.get("name").asText())
        .containsExactlyInAnyOrder("הסבר פער: יעד באדום: " + indicatorName,
            "הסבר פער: עמידה נמוכה בתכנית העבודה: 0.0% מהפעילויות בזמן");
    String first = youthTasks.get(0).get("id").asText();
    assertThat(youth.submit(first, Map.of("explanation", "המבנה לא הושלם")).getStatusCode().value()).isEqualTo(400);
    for (var task : youthTasks) {
      youth.complete(task.get("id").asText(), Map.of("explanation", "המבנה החדש לא הושלם בזמן",
          "treatment", "פעילות חלופית במתנ\"ס עד סיום הבנייה"));
    }
    var schools = new TasklistUser(rest, SCHOOLS);
    schools.complete(schools.task("explainGap", YEAR), Map.of("explanation", "אין נתונים", "treatment", "סקר חוזר"));

    // lessons; a steering member lets the schools' gap go; the committee decides
    strategy.complete(strategy.task("recordLessons", YEAR), Map.of("lessons", "לדווח מוקדם", "successes", "דיווח מלא"));
    var steering = new TasklistUser(rest, STEERING);
    var notCarried = steering.send(HttpMethod.PUT, "/api/cycles/" + YEAR + "/review/gaps/" + schoolsGap + "/carried",
        "{\"carried\":false}");
    assertThat(notCarried.getStatusCode().value()).as(String.valueOf(notCarried.getBody())).isEqualTo(200);
    assertThat(youth.send(HttpMethod.PUT, "/api/cycles/" + YEAR + "/review/gaps/" + schoolsGap + "/carried",
        "{\"carried\":true}").getStatusCode().value()).isEqualTo(403);
    fastForward.steeringApprovesAll(YEAR);
    var decided = strategy.get("/api/cycles/" + YEAR + "/review/gaps", JsonNode.class).getBody();
    assertThat(decided).allSatisfy(gap -> assertThat(gap.get("carried").asBoolean())
        .isEqualTo(gap.get("id").asLong() != schoolsGap));
    assertThat(strategy.get("/api/cycles/" + YEAR, JsonNode.class).getBody().get("phase").asText())
        .isEqualTo("COMPLETED");
    // the results, read again, hold everything since the first read: the gaps explained and decided, the lessons
    var closed = strategy.get("/api/cycles/" + YEAR + "/results", JsonNode.class).getBody();
    assertThat(closed.get("gaps")).hasSize(decided.size()).allSatisfy(gap -> {
      assertThat(gap.get("treatment").asText()).isNotBlank();
      assertThat(gap.get("carried").asBoolean()).isEqualTo(gap.get("id").asLong() != schoolsGap);
    });
    assertThat(closed.at("/lessons/lessons").asText()).isEqualTo("לדווח מוקדם");
    assertThat(youth.get("/api/cycles/" + YEAR + "/review/gaps", JsonNode.class).getBody())
        .allSatisfy(gap -> assertThat(gap.get("departmentId").asText()).isEqualTo("youth"));

    // the next year: the measured value is the new baseline; the assessment opens with results and gaps
    cycles.start(YEAR + 1);
    var nextTree = goals.tree(YEAR + 1, java.util.Optional.empty());
    var rebased = nextTree.domains().stream().flatMap(domain -> domain.goals().stream())
        .flatMap(goal -> goal.targets().stream()).flatMap(target -> target.indicators().stream())
        .filter(found -> found.name().equals(indicatorName)).findFirst().orElseThrow();
    assertThat(rebased.baseline()).isEqualTo(new GoalTreeView.Measure(rebased.baseline().value(), YEAR));
    assertThat(rebased.baseline().value()).isEqualByComparingTo(baseline);
    assertThat(nextTree.source()).contains("ערכי הבסיס מהמדידה של " + YEAR);

    String assessment = youth.task("submitDepartmentAssessment", YEAR + 1);
    var form = youth.get("/engine-rest/task/" + assessment + "/form-variables", JsonNode.class).getBody();
    assertThat(form.at("/lastResults/value").asText()).contains("תוצאות " + YEAR + " (מדידה שנתית)")
        .contains(indicatorName).contains("אדום").contains("עמידה בתכנית העבודה: 0.0%");
    assertThat(form.at("/carriedGaps/value").asText()).contains("יעד באדום: " + indicatorName)
        .contains("פעילות חלופית במתנ\"ס עד סיום הבנייה");
    String schoolsAssessment = schools.task("submitDepartmentAssessment", YEAR + 1);
    var schoolsForm = schools.get("/engine-rest/task/" + schoolsAssessment + "/form-variables", JsonNode.class)
        .getBody();
    assertThat(schoolsForm.at("/carriedGaps/value").asText()).isEmpty();
  }

  private static List<JsonNode> indicators(JsonNode results) {
    var found = new java.util.ArrayList<JsonNode>();
    results.get("domains").forEach(domain -> domain.get("goals").forEach(goal -> goal.get("targets")
        .forEach(target -> target.get("indicators").forEach(found::add))));
    return found;
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
