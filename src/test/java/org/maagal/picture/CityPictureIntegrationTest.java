package org.maagal.picture;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
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
import org.maagal.documents.PdfReadingOrder;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.organization.Caller;
import org.maagal.review.GapInput;
import org.maagal.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The city's picture as the planners meet it. Last year's phase 1 scored every sub-criterion 3 and the steering
 * committee carried a gap of the youth department into this year. This year the youth manager says in her assessment
 * what became of it, the research desk's figures rise, the teams' rubrics move. Before the close the picture is a draft;
 * the strategy unit's close needs a summary; then the picture, its PDF and its workbook show all of it beside last
 * year's. The design committee's draft task links to it; a design committee member reads it and every department's
 * assessment, not a department's work plan; a department manager reads neither the picture nor another
 * department's assessment. A division's head reads his departments' assessments, late tasks, plans, reports and
 * dashboard pages, answers for none of them, and reads nothing of another division nor the picture.
 */
@MaagalIntegrationTest
class CityPictureIntegrationTest {

  static final int LAST_YEAR = 2025;
  static final int YEAR = 2026;
  /** A year of this test's that no cycle starts. */
  static final int NOTHING_YET = 2002;
  static final String STRATEGY = "noa-barak";
  static final String YOUTH = "itay-ron";
  /** A resident on the design committee: no department, no role. */
  static final String DESIGN_MEMBER = "ofer-lavi";
  /** The schools' manager, on no planning committee. */
  static final String SCHOOLS = "yael-dror";
  /** The head of the engineering division (planning, infrastructure, sanitation), on no planning committee. */
  static final String DIVISION_HEAD = "yoav-shalev";
  static final List<String> HIS_DEPARTMENTS = List.of("planning", "infrastructure", "sanitation");
  static final String CARRIED_GAP = "השתתפות נמוכה בתנועות הנוער בשכונות החדשות";
  static final String FOLLOW_UP = "פתחנו שני סניפים בשכונות החדשות; ההשתתפות עלתה אך עדיין מתחת ליעד";
  static final String SUMMARY = "העיר גדלה ושביעות הרצון עלתה; זירת ההורים נחלשה וצריכה יעד משלה.";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  ReviewService reviews;

  private TestCycles cycles;

  @Test
  void phaseOneLearnsAndThePlannersReadIt() throws Exception {
    var fastForward = new CycleFastForward(tasks, atOnce);
    var strategy = new TasklistUser(rest, STRATEGY);
    var youth = new TasklistUser(rest, YOUTH);
    var designMember = new TasklistUser(rest, DESIGN_MEMBER);
    var schools = new TasklistUser(rest, SCHOOLS);

    // last year: phase 1 (satisfaction 71.5, every sub-criterion 3) and a youth gap the steering committee carried
    cycles.start(LAST_YEAR);
    fastForward.throughSituationAssessment(LAST_YEAR);
    reviews.flag(LAST_YEAR);
    reviews.add(LAST_YEAR, new GapInput("youth", CARRIED_GAP, null),
        new Caller(STRATEGY, List.of("strategy-unit")));
    reviews.decide(LAST_YEAR, STRATEGY);

    // this year: the infrastructure's and the youth's assessments are late; the division's head sees his own
    cycles.start(YEAR);
    var divisionHead = new TasklistUser(rest, DIVISION_HEAD);
    for (String department : List.of("infrastructure", "youth")) {
      var late = tasks.createTaskQuery().taskDefinitionKey("submitDepartmentAssessment")
          .taskCandidateGroup("dept-" + department).processVariableValueEquals("year", YEAR).singleResult();
      late.setDueDate(Date.from(Instant.now().minus(10, ChronoUnit.DAYS)));
      tasks.saveTask(late);
    }
    var lateTasks = divisionHead.get("/api/cycles/" + YEAR + "/late-tasks", JsonNode.class).getBody().get("items");
    assertThat(lateTasks).hasSize(1);
    assertThat(lateTasks.at("/0/candidateGroups/0").asText()).isEqualTo("dept-infrastructure");
    String infrastructureTask = lateTasks.at("/0/taskId").asText();
    assertThat(divisionHead.send(HttpMethod.PUT, "/api/tasks/" + infrastructureTask + "/late-reason",
        "{\"reason\":\"עומס\"}").getStatusCode().value()).as("reads, does not answer for them").isEqualTo(403);
    assertThat(divisionHead.send(HttpMethod.POST, "/engine-rest/task/" + infrastructureTask + "/claim",
        "{\"userId\":\"" + DIVISION_HEAD + "\"}").getStatusCode().is2xxSuccessful()).isFalse();

    // the youth manager sees the carried gap and says what became of it
    String assessment = youth.task("submitDepartmentAssessment", YEAR);
    assertThat(youth.get("/engine-rest/task/" + assessment + "/form-variables", JsonNode.class).getBody()
        .at("/carriedGaps/value").asText()).contains(CARRIED_GAP);
    youth.complete(assessment, Map.of("state", "שלושה סניפים פעילים", "achievements", "מחנה קיץ עירוני",
        "gaps", "חסרים מדריכים", "challenges", "גיוס מדריכים מקומיים", "carriedGapsFollowUp", FOLLOW_UP));
    fastForward.completeAll(YEAR, "submitDepartmentAssessment", Map.of("state", "מצב", "achievements", "הישגים",
        "gaps", "פערים", "challenges", "אתגרים"));
    fastForward.completeAll(YEAR, "reviewDepartmentAssessment", Map.of("reviewDecision", "accept"));
    fastForward.completeAll(YEAR, "submitCityData", Map.of("residentSatisfaction", 74.0, "surveyYear", YEAR - 1,
        "population", 10250, "findings", "שביעות הרצון מהחינוך עלתה"));
    // the educational channel's rubric: the authority's four criteria (places 1-4) rise to 4, the parents' four
    // (5-8) fall to 2, the frameworks' and the professionals' (9-14) stay at 3
    fastForward.describeChannels(YEAR, "תמונת האפיק השנה", place -> place <= 4 ? 4 : place <= 8 ? 2 : 3,
        place -> place == 5 ? "ההורים מעורבים פחות" : null);

    // before the close: a draft for the planners, refused to a department manager
    var draft = strategy.get(picture(), JsonNode.class);
    assertThat(draft.getStatusCode().value()).isEqualTo(200);
    assertThat(draft.getBody().get("closed").asBoolean()).isFalse();
    assertThat(PdfReadingOrder.allLines(pdf(strategy))).contains(CityPicturePdf.DRAFT);
    var refused = schools.get(picture(), JsonNode.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody().get("detail").asText()).contains("תמונת העיר גלויה להנהלה");
    assertThat(schools.get(picture() + ".pdf", String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(schools.get("/api/cycles/" + YEAR + "/assessments/youth", String.class).getStatusCode().value())
        .isEqualTo(403);

    // the division's head reads his departments' assessments, plans, reports and pages, and no other department's
    assertThat(divisionHead.get(picture(), String.class).getStatusCode().value()).isEqualTo(403);
    var his = divisionHead.get("/api/cycles/" + YEAR + "/assessments?size=100", JsonNode.class).getBody();
    assertThat(his.get("items").findValuesAsText("departmentId")).containsExactlyInAnyOrderElementsOf(HIS_DEPARTMENTS);
    for (var path : List.of("/api/cycles/" + YEAR + "/assessments/", "/api/cycles/" + YEAR + "/work-plans/",
        "/api/cycles/" + YEAR + "/measurement/semi-annual/", "/dashboard/departments/")) {
      String query = path.startsWith("/dashboard") ? "?year=" + YEAR : "";
      assertThat(divisionHead.get(path + "planning" + query, String.class).getStatusCode().value())
          .as(path + " of his own division").isIn(200, 404);
      assertThat(divisionHead.get(path + "youth" + query, String.class).getStatusCode().value())
          .as(path + " of another division").isEqualTo(403);
    }

    // the close: without a summary it is refused and the phase stays open; with one, it closes
    String close = strategy.task("closeSituationAssessment", YEAR);
    var empty = strategy.submit(close, Map.of("pictureSummary", "  "));
    assertThat(empty.getStatusCode().value()).isEqualTo(400);
    assertThat(empty.getBody()).contains("חסר סיכום של תמונת העיר");
    assertThat(strategy.get(picture(), JsonNode.class).getBody().get("closed").asBoolean()).isFalse();
    strategy.complete(close, Map.of("pictureSummary", SUMMARY));
    AsyncContinuations.runAll(management);

    // the planning starts: the CEO's emphases and the teams' recommendations join the picture
    fastForward.completeAll(YEAR, "setManagementEmphases", Map.of("emphases", "חינוך בלתי פורמלי במרכז"));
    fastForward.completeAll(YEAR, "recommendChannelGoals", Map.of("recommendation", "יעד להשתתפות ההורים"));

    // the design committee member reads the whole picture
    var read = designMember.get(picture(), JsonNode.class);
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    var closed = read.getBody();
    assertThat(closed.get("closed").asBoolean()).isTrue();
    assertThat(closed.get("closedBy").asText()).isEqualTo("נועה ברק");
    assertThat(closed.get("summary").asText()).isEqualTo(SUMMARY);
    var satisfaction = closed.at("/city/figures/0");
    assertThat(satisfaction.get("value").decimalValue()).isEqualByComparingTo("74");
    assertThat(satisfaction.get("lastYear").decimalValue()).isEqualByComparingTo("71.5");
    assertThat(satisfaction.get("change").decimalValue()).isEqualByComparingTo("2.5");
    var rubric = channel(closed, "team-educational").get("arenas");
    assertThat(rubric.findValuesAsText("arena")).containsExactly("זירת הרשות", "זירת ההורים", "זירת המסגרות",
        "זירת אנשי המקצוע");
    assertThat(rubric).extracting(arena -> arena.get("average").decimalValue() + " " + arena.get("lastYear")
        .decimalValue() + " " + arena.get("change").decimalValue()).containsExactly("4.0 3.0 1.0", "2.0 3.0 -1.0",
        "3.0 3.0 0.0", "3.0 3.0 0.0");
    var parents = rubric.get(1).get("criteria");
    assertThat(parents).hasSize(4);
    assertThat(parents.get(0).get("criterion").asText()).isEqualTo("רכזת הורים וינקות ביישוב");
    assertThat(parents.get(0).get("score").asInt()).isEqualTo(2);
    assertThat(parents.get(0).get("lastYear").asInt()).isEqualTo(3);
    assertThat(parents.get(0).get("change").asInt()).isEqualTo(-1);
    assertThat(parents.get(0).get("comment").asText()).isEqualTo("ההורים מעורבים פחות");
    // (the social and educational teams work in every year: the focus an earlier test's meeting may have approved,
    // which holds until another is, keeps both)
    assertThat(channel(closed, "team-social").at("/arenas/0/arena").asText()).as("a rubric of its own")
        .isEqualTo("זירת הקהילה");
    var youthPart = department(closed, "youth");
    assertThat(youthPart.get("state").asText()).isEqualTo("שלושה סניפים פעילים");
    assertThat(youthPart.get("carriedGapsFollowUp").asText()).isEqualTo(FOLLOW_UP);
    assertThat(department(closed, "schools").hasNonNull("carriedGapsFollowUp")).as("no gaps carried").isFalse();
    assertThat(closed.get("carriedGaps")).hasSize(1);
    assertThat(closed.at("/carriedGaps/0/gaps/0/title").asText()).isEqualTo(CARRIED_GAP);
    assertThat(closed.at("/carriedGaps/0/followUp").asText()).isEqualTo(FOLLOW_UP);
    assertThat(closed.get("emphases").asText()).isEqualTo("חינוך בלתי פורמלי במרכז");
    assertThat(closed.get("recommendations").findValuesAsText("text")).contains("יעד להשתתפות ההורים");

    // ... and every department's assessment, but not a department's work plan
    var assessments = designMember.get("/api/cycles/" + YEAR + "/assessments?size=100", JsonNode.class).getBody();
    assertThat(assessments.get("total").asInt()).isEqualTo(20);
    assertThat(designMember.get("/api/cycles/" + YEAR + "/work-plans/youth", String.class).getStatusCode().value())
        .isEqualTo(403);

    // the design committee's draft task links to the picture
    String draftTask = designMember.tasks("draftGoalTree", YEAR).get(0).get("id").asText();
    var form = designMember.get("/engine-rest/task/" + draftTask + "/deployed-form", String.class);
    assertThat(form.getStatusCode().value()).isEqualTo(200);
    assertThat(form.getBody()).contains("(/picture/?year={{year}})");

    // the PDF and the workbook say the same
    var lines = PdfReadingOrder.allLines(pdf(designMember));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "city-picture-" + YEAR + ".pdf"), designMember.get(picture() + ".pdf",
        byte[].class).getBody());
    assertThat(lines).contains("תמונת העיר " + YEAR + ": מסמך הערכת המצב", SUMMARY)
        .anySatisfy(line -> assertThat(line).startsWith("שלב הערכת המצב נסגר בידי נועה ברק"))
        .anySatisfy(line -> assertThat(line).contains("שביעות רצון התושבים (%)").contains("74").contains("71.5")
            .contains("+2.5"))
        .anySatisfy(line -> assertThat(line).contains("זירת ההורים · ממוצע").contains("-1").contains("2"))
        .anySatisfy(line -> assertThat(line).contains("רכזת הורים וינקות ביישוב").contains("-1")
            .contains("ההורים מעורבים פחות"))
        .anySatisfy(line -> assertThat(line).contains("השתתפות נמוכה בתנועות הנוער"))
        .anySatisfy(line -> assertThat(line).contains(FOLLOW_UP))
        .contains("חינוך בלתי פורמלי במרכז")
        .doesNotContain(CityPicturePdf.DRAFT);
    var xlsx = designMember.get(picture() + ".xlsx", byte[].class);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      var figures = workbook.getSheet(CityPictureXlsx.FIGURES_SHEET);
      assertThat(figures.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(74.0);
      assertThat(figures.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(71.5);
      var rubricSheet = workbook.getSheet(CityPictureXlsx.RUBRIC_SHEET);
      var parentsAverage = new ArrayList<Double>();
      for (var row : rubricSheet) {
        if (row.getCell(0).getStringCellValue().equals("צוות עבודה חינוכי")
            && row.getCell(1).getStringCellValue().equals("זירת ההורים")
            && row.getCell(2).getStringCellValue().equals(CityPictureXlsx.ARENA_AVERAGE)) {
          parentsAverage.add(row.getCell(3).getNumericCellValue());
          parentsAverage.add(row.getCell(5).getNumericCellValue());
        }
      }
      assertThat(parentsAverage).containsExactly(2.0, -1.0);
      var gaps = workbook.getSheet(CityPictureXlsx.GAPS_SHEET);
      assertThat(gaps.getRow(1).getCell(1).getStringCellValue()).isEqualTo(CARRIED_GAP);
      assertThat(gaps.getRow(1).getCell(4).getStringCellValue()).isEqualTo(FOLLOW_UP);
      assertThat(gaps.isRightToLeft()).isTrue();
    }
  }

  @Test
  void aYearWithNothingYetIsNotFound() {
    var answer = new TasklistUser(rest, STRATEGY).get("/api/cycles/" + NOTHING_YET + "/picture",
        JsonNode.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getBody().get("detail").asText()).contains("להערכת המצב של " + NOTHING_YET + " טרם הוגש דבר");
  }

  private static String picture() {
    return "/api/cycles/" + YEAR + "/picture";
  }

  private static byte[] pdf(TasklistUser user) {
    ResponseEntity<byte[]> pdf = user.get(picture() + ".pdf", byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    return pdf.getBody();
  }

  private static JsonNode channel(JsonNode picture, String teamId) {
    for (var channel : picture.get("channels")) {
      if (channel.get("teamId").asText().equals(teamId)) {
        return channel;
      }
    }
    throw new AssertionError("No channel of " + teamId + " in the picture");
  }

  private static JsonNode department(JsonNode picture, String departmentId) {
    for (var domain : picture.get("domains")) {
      for (var department : domain.get("departments")) {
        if (department.get("departmentId").asText().equals(departmentId)) {
          return department;
        }
      }
    }
    throw new AssertionError("No department " + departmentId + " in the picture");
  }

  @BeforeEach
  void cycles() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  @AfterEach
  void endTheCycles() {
    cycles.endAll();
  }
}
