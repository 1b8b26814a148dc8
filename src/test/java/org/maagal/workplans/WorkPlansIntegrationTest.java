package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.budget.BudgetClause;
import org.maagal.documents.PdfReadingOrder;
import org.maagal.goals.GoalTreeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Phase 3, path by path, as the people do it: the youth department drafts its plan through the API the
 * page uses and submits it from Tasklist; the checks, the strategy unit, finance and the CEO decide.
 * Each test runs a cycle of its own year.
 */
@MaagalIntegrationTest
class WorkPlansIntegrationTest {

  static final String DEPARTMENT = "youth";
  static final String MANAGER = "itay-ron";
  static final String STRATEGY = "noa-barak";
  static final String FINANCE = "eli-mizrahi";
  static final String CEO = "avner-golan";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;
  @Autowired
  WorkPlanService plans;
  @Autowired
  RuntimeService runtime;

  private TestCycles cycles;

  @Test
  void aPlanApprovedAtOnceIsTheDepartmentsPlanOfTheYear() {
    int year = 2041;
    toWorkPlans(year);
    long activity = addActivity(year, "הרחבת תנועות הנוער", List.of(youthTarget(year)));
    var clause = youthClause(year);
    assertThat(addLine(year, activity, clause.code(), "\"120,000\"").getStatusCode().value()).isEqualTo(201);

    submit(year);
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    review(year, FINANCE, "reviewBudget", "approve", null);
    assertThat(plans.approvedPlan(year, DEPARTMENT)).as("not approved yet").isEmpty();
    review(year, CEO, "approveWorkPlan", "approve", null);

    var plan = plan(year, MANAGER);
    assertThat(plan.get("status").asText()).isEqualTo("APPROVED");
    assertThat(plan.get("version").asInt()).isEqualTo(1);
    var approved = plans.approvedPlan(year, DEPARTMENT).orElseThrow();
    assertThat(approved.version()).isEqualTo(1);
    assertThat(approved.activities()).singleElement().satisfies(planned -> {
      assertThat(planned.id()).isEqualTo(activity);
      assertThat(planned.title()).isEqualTo("הרחבת תנועות הנוער");
      assertThat(planned.end()).isEqualTo(java.time.LocalDate.of(year, 11, 30));
      assertThat(planned.targetIds()).containsExactly(youthTarget(year));
      assertThat(planned.lines()).singleElement().satisfies(line -> {
        assertThat(line.clauseCode()).isEqualTo(clause.code());
        assertThat(line.amount()).isEqualByComparingTo("120000");
      });
    });
    assertThat(new BigDecimal(plan.get("total").asText())).isEqualByComparingTo("120000");
    assertThat(plan.at("/activities/0/lines/0/status").asText()).isEqualTo("APPROVED");
    assertThat(plan.get("reviews")).extracting(review -> review.get("step").asText())
        .containsExactly("CHECKS", "ALIGNMENT", "BUDGET", "CEO");
    assertThat(plan.get("reviews")).extracting(review -> review.get("decidedByName").asText())
        .containsExactly("מעגל", "נועה ברק", "אלי מזרחי", "אבנר גולן");
    assertThat(plan.get("submittedByName").asText()).isEqualTo("איתי רון");
    assertThat(as(MANAGER).tasks("draftWorkPlan", year, "dept-" + DEPARTMENT)).isEmpty();
  }

  @Test
  void aPlanReturnedByFinanceTwiceIsRevisedAndApprovedAndKeepsEveryVersion() {
    int year = 2042;
    toWorkPlans(year);
    long activity = addActivity(year, "מדריכים בני המקום", List.of(youthTarget(year)));
    var clause = youthClause(year);
    addLine(year, activity, clause.code(), "300000");

    submit(year);
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    review(year, FINANCE, "reviewBudget", "return", "יש לצמצם את הבקשה ל-200,000 ש\"ח");
    var second = plan(year, MANAGER);
    assertThat(second.get("version").asInt()).isEqualTo(2);
    assertThat(second.get("status").asText()).isEqualTo("DRAFT");
    String draft = as(MANAGER).task("draftWorkPlan", year);
    var shown = as(MANAGER).get("/engine-rest/task/" + draft + "/form-variables", JsonNode.class).getBody();
    assertThat(shown.at("/workPlanSummary/value").asText()).contains("200,000");

    long line = second.at("/activities/0/lines/0/id").asLong();
    assertThat(as(MANAGER).send(HttpMethod.PUT, path(year) + "/budget-lines/" + line,
        "{\"clauseCode\":\"" + clause.code() + "\",\"amount\":250000}").getStatusCode().value()).isEqualTo(200);
    submit(year);
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    review(year, FINANCE, "reviewBudget", "return", "עדיין גבוה מדי: 200,000 ש\"ח לכל היותר");

    long third = plan(year, MANAGER).at("/activities/0/lines/0/id").asLong();
    as(MANAGER).send(HttpMethod.PUT, path(year) + "/budget-lines/" + third,
        "{\"clauseCode\":\"" + clause.code() + "\",\"amount\":\"200,000\"}");
    submit(year);
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    review(year, FINANCE, "reviewBudget", "approve", null);
    review(year, CEO, "approveWorkPlan", "approve", null);

    var approved = plan(year, MANAGER);
    assertThat(approved.get("version").asInt()).isEqualTo(3);
    assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
    var versions = as(MANAGER).get(path(year) + "/versions", JsonNode.class).getBody();
    assertThat(versions.get("items")).extracting(v -> v.get("status").asText())
        .containsExactly("RETURNED", "RETURNED", "APPROVED");
    assertThat(new BigDecimal(as(MANAGER).get(path(year) + "/versions/1", JsonNode.class).getBody()
        .at("/activities/0/lines/0/amount").asText())).isEqualByComparingTo("300000");
    var diff = as(FINANCE).get(path(year) + "/diff?from=1&to=2", JsonNode.class).getBody();
    assertThat(diff.get("changes")).hasSize(1);
    assertThat(diff.at("/changes/0/before").asText()).isEqualTo("300,000 ₪");
    assertThat(diff.at("/changes/0/after").asText()).isEqualTo("250,000 ₪");
  }

  @Test
  void aLineOverTheCeilingIsRefusedAndAPlanThatFallsOverItIsBlockedByTheChecks() throws IOException {
    int year = 2043;
    toWorkPlans(year);
    long activity = addActivity(year, "קייטנות קיץ", List.of(youthTarget(year)));
    var clause = youthClause(year);
    var ceiling = budget.ceilingsOf(year, DEPARTMENT).total();

    var over = addLine(year, activity, clause.code(), ceiling.add(BigDecimal.ONE).toPlainString());
    assertThat(over.getStatusCode().value()).isEqualTo(400);
    assertThat(over.getBody().get("detail").asText()).contains("קייטנות קיץ").contains("חריגה");
    assertThat(plan(year, MANAGER).at("/activities/0/lines")).isEmpty();

    addLine(year, activity, clause.code(), clause.amount().toPlainString());
    // the treasury's new budget book halves the clause after the line was planned
    importBudgetWithClauseAmount(year, clause, clause.amount().divide(BigDecimal.valueOf(2)));
    submit(year);

    var blocked = plan(year, MANAGER);
    assertThat(blocked.get("version").asInt()).isEqualTo(2);
    assertThat(blocked.get("status").asText()).isEqualTo("DRAFT");
    assertThat(blocked.at("/reviews/0/step").asText()).isEqualTo("CHECKS");
    assertThat(blocked.at("/reviews/0/approved").asBoolean()).isFalse();
    assertThat(blocked.at("/reviews/0/comments").asText()).contains(clause.code()).contains("חריגה");
    assertThat(blocked.get("findings")).extracting(f -> f.get("code").asText()).contains("over-ceiling");
    assertThat(as(STRATEGY).tasks("reviewAlignment", year)).isEmpty();
    assertThat(as(MANAGER).tasks("draftWorkPlan", year, "dept-" + DEPARTMENT)).hasSize(1);
  }

  @Test
  void theStrategyUnitReturnsAPlanWithAnActivityThatServesNoTarget() {
    int year = 2044;
    toWorkPlans(year);
    long activity = addActivity(year, "ערב הוקרה למדריכים", List.of());
    addLine(year, activity, youthClause(year).code(), "15000");
    submit(year);

    var inReview = plan(year, STRATEGY);
    assertThat(inReview.get("status").asText()).isEqualTo("SUBMITTED");
    assertThat(inReview.get("findings")).extracting(f -> f.get("code").asText() + ":" + f.get("blocking").asBoolean())
        .containsExactly("activity-without-target:false", "unserved-emphasis:false");
    assertThat(inReview.at("/findings/0/message").asText()).contains("ערב הוקרה למדריכים");
    assertThat(inReview.at("/findings/1/message").asText()).as("the CEO's one emphasis, which no plan serves yet")
        .endsWith(": 1. דגשים");
    review(year, STRATEGY, "reviewAlignment", "return", "יש לקשר את הפעילות ליעד הדרכה");

    var draft = plan(year, MANAGER);
    long copied = draft.at("/activities/0/id").asLong();
    var change = as(MANAGER).send(HttpMethod.PUT, path(year) + "/activities/" + copied,
        "{\"title\":\"ערב הוקרה למדריכים\",\"targetIds\":[" + youthTarget(year) + "],\"emphases\":[2]}");
    assertThat(change.getStatusCode().value()).as("the year has one emphasis only").isEqualTo(400);
    assertThat(change.getBody().toString()).contains("הדגש הניהולי 2 אינו מהדגשים של " + year + " (1–1)");
    change = as(MANAGER).send(HttpMethod.PUT, path(year) + "/activities/" + copied,
        "{\"title\":\"ערב הוקרה למדריכים\",\"targetIds\":[" + youthTarget(year) + "],\"emphases\":[1]}");
    assertThat(change.getStatusCode().value()).isEqualTo(200);
    assertThat(change.getBody().at("/activities/0/emphases/0/text").asText()).isEqualTo("דגשים");
    submit(year);
    assertThat(plan(year, STRATEGY).get("findings")).isEmpty();
    assertThat(as(STRATEGY).tasks("reviewAlignment", year)).hasSize(1);
    var diff = as(STRATEGY).get(path(year) + "/diff", JsonNode.class).getBody();
    assertThat(diff.get("changes")).extracting(c -> c.get("subject").asText())
        .contains("פעילות 'ערב הוקרה למדריכים': יעדים");
  }

  @Test
  void theSteeringCommitteeReturnsTheBookAndApprovesItsNextEdition() throws IOException {
    int year = 2045;
    toWorkPlans(year);
    new CycleFastForward(tasks, atOnce).approveEveryWorkPlan(year, plans, goals, budget);
    linkageAddsUp(year);
    theBookFilesShowEveryPlanAndADepartmentOnlyItsOwn(year);
    var strategy = as(STRATEGY);
    strategy.complete(strategy.task("compileBook", year), Map.of("bookReady", true));
    atOnce.holdNow("steering", year, Choice.AGAINST, "יש להוסיף את סיכום התקציב לפי מקורות מימון");
    strategy.complete(strategy.task("compileBook", year), Map.of("bookReady", true));
    atOnce.holdNow("steering", year, Choice.FOR, null);

    var editions = strategy.get("/api/cycles/" + year + "/book/editions", JsonNode.class).getBody();
    assertThat(editions).extracting(e -> e.get("status").asText()).containsExactly("RETURNED", "APPROVED");
    assertThat(editions.get(0).get("comments").asText()).contains("מקורות מימון");
    assertThat(strategy.get("/api/cycles/" + year, JsonNode.class).getBody().get("phase").asText())
        .isEqualTo("MEASUREMENT");
  }

  @Test
  void badLinesAreRefusedWithTheLineNamedAndNothingStored() {
    int year = 2046;
    toWorkPlans(year);
    long activity = addActivity(year, "סמינר מדריכים", List.of(youthTarget(year)));
    var clause = youthClause(year);
    var otherDepartments = budget.clausesOf(year, "schools").get(0);

    for (var bad : List.of(new String[] {clause.code(), "-5000", "שלילי"},
        new String[] {clause.code(), "\"הרבה\"", "אינו סכום"},
        new String[] {clause.code(), "\"1,25\"", "אינו סכום"},
        new String[] {clause.code(), "12.345", "אינו סכום"},
        new String[] {"9999999999", "1000", "אינו בספר התקציב"},
        new String[] {otherDepartments.code(), "1000", "שייך ל"})) {
      var refused = addLine(year, activity, bad[0], bad[1]);
      assertThat(refused.getStatusCode().value()).as(bad[1]).isEqualTo(400);
      assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
      assertThat(refused.getBody().get("detail").asText()).as(bad[1]).contains("סמינר מדריכים").contains(bad[2]);
    }
    var noTitle = as(MANAGER).send(HttpMethod.POST, path(year) + "/activities", "{\"targetIds\":[123456789]}");
    assertThat(noTitle.getStatusCode().value()).isEqualTo(400);
    assertThat(noTitle.getBody().get("problems").toString()).contains("כותרת").contains("123456789");
    assertThat(plan(year, MANAGER).get("activities")).hasSize(1);
    assertThat(plan(year, MANAGER).at("/activities/0/lines")).isEmpty();
  }

  @Test
  void aDepartmentReadsAndEditsOnlyItsOwnPlanAndOnlyWhileItIsADraft() {
    int year = 2047;
    toWorkPlans(year);
    long activity = addActivity(year, "טיול שנתי", List.of(youthTarget(year)));
    addLine(year, activity, youthClause(year).code(), "5000");

    var schoolsManager = as("yael-dror");
    assertThat(schoolsManager.get(path(year), JsonNode.class).getStatusCode().value()).isEqualTo(403);
    assertThat(schoolsManager.send(HttpMethod.POST, path(year) + "/activities", "{\"title\":\"פלישה\"}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(as(STRATEGY).send(HttpMethod.POST, path(year) + "/activities", "{\"title\":\"עריכה מבחוץ\"}")
        .getStatusCode().value()).isEqualTo(403);
    assertThat(schoolsManager.get("/api/cycles/" + year + "/work-plans", JsonNode.class).getBody())
        .extracting(plan -> plan.get("departmentId").asText()).containsExactly("schools");
    long line = plan(year, MANAGER).at("/activities/0/lines/0/id").asLong();
    assertThat(as(FINANCE).send(HttpMethod.PUT, path(year) + "/budget-lines/" + line + "/status",
        "{\"status\":\"CUT\"}").getStatusCode().value()).as("not in budget review yet").isEqualTo(409);

    submit(year);
    var late = as(MANAGER).send(HttpMethod.POST, path(year) + "/activities", "{\"title\":\"תוספת מאוחרת\"}");
    assertThat(late.getStatusCode().value()).isEqualTo(409);
    assertThat(late.getBody().get("detail").asText()).as("the shared life's refusal, in Hebrew")
        .contains("תכנית העבודה של", "(הוגשה לבדיקה)", "עריכה אפשרית בטיוטה בלבד");
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    assertThat(as(MANAGER).send(HttpMethod.PUT, path(year) + "/budget-lines/" + line + "/status",
        "{\"status\":\"CUT\"}").getStatusCode().value()).isEqualTo(403);
    var cut = as(FINANCE).send(HttpMethod.PUT, path(year) + "/budget-lines/" + line + "/status", "{\"status\":\"CUT\"}");
    assertThat(cut.getStatusCode().value()).isEqualTo(200);
    assertThat(new BigDecimal(cut.getBody().get("total").asText())).isZero();
    assertThat(plan(year, MANAGER).get("activities")).hasSize(1);
  }

  @Test
  void aLineFinanceMarkedIsRequestedAgainWhenTheDepartmentAsksForOtherMoney() {
    int year = 2048;
    toWorkPlans(year);
    long activity = addActivity(year, "מחנה הדרכה", List.of(youthTarget(year)));
    var clause = youthClause(year);
    var otherClause = budget.clausesOf(year, DEPARTMENT).stream().filter(other -> !other.code().equals(clause.code()))
        .findFirst().orElseThrow();
    for (String amount : List.of("100000", "50000", "20000", "10000")) {
      addLine(year, activity, clause.code(), amount);
    }
    submit(year);
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    var submitted = plan(year, FINANCE);
    for (int index = 0; index < 4; index++) {
      long line = submitted.at("/activities/0/lines/" + index + "/id").asLong();
      var marked = as(FINANCE).send(HttpMethod.PUT, path(year) + "/budget-lines/" + line + "/status",
          "{\"status\":\"" + (index == 3 ? "CUT" : "APPROVED") + "\"}");
      assertThat(marked.getStatusCode().value()).isEqualTo(200);
    }
    review(year, FINANCE, "reviewBudget", "return", "יש לפרט את עלות המחנה");
    var draft = plan(year, MANAGER);
    assertThat(draft.at("/activities/0/lines")).extracting(line -> line.get("status").asText())
        .as("the next draft keeps finance's marks").containsExactly("APPROVED", "APPROVED", "APPROVED", "CUT");

    changeLine(year, draft, 0, clause.code(), "120000");
    changeLine(year, draft, 1, clause.code(), "\"50,000.00\"");
    changeLine(year, draft, 2, otherClause.code(), "20000");
    var revived = changeLine(year, draft, 3, clause.code(), "5000");
    var retitled = as(MANAGER).send(HttpMethod.PUT, path(year) + "/activities/" + draft.at("/activities/0/id").asLong(),
        "{\"title\":\"מחנה הדרכה בגליל\",\"targetIds\":[" + youthTarget(year) + "]}");
    assertThat(retitled.getStatusCode().value()).isEqualTo(200);

    var changed = plan(year, MANAGER);
    assertThat(changed.at("/activities/0/lines")).extracting(line -> line.get("status").asText())
        .as("another amount, the same amount, another clause, a cut line with another amount")
        .containsExactly("REQUESTED", "APPROVED", "REQUESTED", "REQUESTED");
    assertThat(new BigDecimal(revived.getBody().get("total").asText())).as("the cut line asks again")
        .isEqualByComparingTo("195000");
    assertThat(as(FINANCE).get(path(year) + "/versions/1", JsonNode.class).getBody().at("/activities/0/lines"))
        .extracting(line -> line.get("status").asText()).as("the returned version keeps what finance decided")
        .containsExactly("APPROVED", "APPROVED", "APPROVED", "CUT");
  }

  private org.springframework.http.ResponseEntity<JsonNode> changeLine(int year, JsonNode plan, int index, String clause,
      String amountJson) {
    long line = plan.at("/activities/0/lines/" + index + "/id").asLong();
    var changed = as(MANAGER).send(HttpMethod.PUT, path(year) + "/budget-lines/" + line,
        "{\"clauseCode\":\"" + clause + "\",\"amount\":" + amountJson + "}");
    assertThat(changed.getStatusCode().value()).as(String.valueOf(changed.getBody())).isEqualTo(200);
    return changed;
  }

  /** Every department planned 1,000 ₪ toward the first target: the linkage shows it from every side. */
  private void linkageAddsUp(int year) {
    int departments = as(STRATEGY).get("/api/cycles/" + year + "/work-plans", JsonNode.class).getBody().size();
    var linkage = as(STRATEGY).get("/api/cycles/" + year + "/linkage", JsonNode.class).getBody();
    assertThat(new BigDecimal(linkage.get("total").asText())).isEqualByComparingTo(BigDecimal.valueOf(1000L * departments));
    var bySource = java.util.stream.StreamSupport.stream(linkage.get("bySource").spliterator(), false)
        .map(source -> new BigDecimal(source.get("amount").asText())).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(bySource).isEqualByComparingTo(BigDecimal.valueOf(1000L * departments));
    assertThat(linkage.get("targets")).hasSize(1);
    assertThat(linkage.at("/targets/0/activities")).hasSize(departments);
    assertThat(linkage.get("targetsWithoutActivity")).hasSize(goals.approvedTargets(year).size() - 1);
    assertThat(linkage.get("activitiesWithoutTarget")).isEmpty();

    var own = as(MANAGER).get("/api/cycles/" + year + "/linkage", JsonNode.class).getBody();
    assertThat(new BigDecimal(own.get("total").asText())).isEqualByComparingTo("1000");
    assertThat(own.at("/targets/0/activities")).extracting(a -> a.get("departmentId").asText())
        .containsExactly(DEPARTMENT);
    assertThat(as(MANAGER).get("/api/cycles/" + year + "/linkage?department=schools", JsonNode.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  private void theBookFilesShowEveryPlanAndADepartmentOnlyItsOwn(int year) throws IOException {
    int departments = as(STRATEGY).get("/api/cycles/" + year + "/work-plans", JsonNode.class).getBody().size();
    var whole = as(STRATEGY).get("/api/cycles/" + year + "/book.xlsx", byte[].class);
    assertThat(whole.getHeaders().getContentDisposition().getFilename()).isEqualTo("work-plans-" + year + ".xlsx");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(whole.getBody()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(departments + 1);
      var summary = workbook.getSheet("סיכום");
      double total = 0;
      for (var row : summary) {
        if (row.getCell(0) != null && "סך הכל".equals(row.getCell(0).toString())) {
          total = row.getCell(1).getNumericCellValue();
        }
      }
      assertThat(total).isEqualTo(1000.0 * departments);
      assertThat(workbook.getSheet("מחלקת נוער וצעירים").isRightToLeft()).isTrue();
    }

    var own = as(MANAGER).get("/api/cycles/" + year + "/book.pdf", byte[].class);
    assertThat(own.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    try (var pdf = Loader.loadPDF(own.getBody())) {
      var text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("ספר תכניות העבודה", "מחלקת נוער וצעירים", "פעילות שגרה").doesNotContain("מחלקת בתי ספר");
      var lines = new java.util.ArrayList<String>();
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        lines.addAll(PdfReadingOrder.readingLines(pdf, page));
      }
      assertThat(lines).anyMatch(line -> line.contains("1,000 ₪"));
    }
    assertThat(as(MANAGER).get("/api/cycles/" + year + "/book.pdf?department=schools", String.class)
        .getStatusCode().value()).isEqualTo(403);
  }

  // --- the steps, as the people take them

  @BeforeEach
  void prepareTheCycles() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  @AfterEach
  void endTheCycles() {
    cycles.endAll();
  }

  private void toWorkPlans(int year) {
    cycles.toWorkPlans(year);
  }

  /**
   * The seeds' early-childhood plan carries an additional budget request; here the youth's: money beyond the book,
   * over the ceiling and not counted against it, refused in Hebrew when malformed, asked only by the department,
   * decided only by finance in its budget review (a partial approval needs a smaller amount and a new clause), listed
   * with the year's requests and in their spreadsheet, and kept in the approved plan.
   */
  @Test
  void anAdditionalBudgetRequestIsBeyondTheCeilingsAndFinancePartlyApprovesItInItsReview() throws IOException {
    int year = 2019;
    toWorkPlans(year);
    long activity = addActivity(year, "הכשרת נשות מקצוע בגיל הרך", List.of(youthTarget(year)));
    assertThat(addLine(year, activity, youthClause(year).code(), "\"50,000\"").getStatusCode().value()).isEqualTo(201);
    String requests = path(year) + "/activities/" + activity + "/budget-requests";

    var malformed = as(MANAGER).send(HttpMethod.POST, requests, "{\"amount\":\"הרבה\",\"fundingKind\":\"XYZ\"}");
    assertThat(malformed.getStatusCode().value()).isEqualTo(400);
    assertThat(malformed.getBody().get("problems")).extracting(JsonNode::asText).hasSize(3)
        .anySatisfy(problem -> assertThat(problem).contains("'הרבה' אינו סכום חיובי"))
        .anySatisfy(problem -> assertThat(problem).contains("חסרה מטרת הבקשה"))
        .anySatisfy(problem -> assertThat(problem).contains("מקור המימון 'XYZ'"));
    assertThat(as("yael-dror").send(HttpMethod.POST, requests, "{\"amount\":\"1000\",\"purpose\":\"x\","
        + "\"fundingKind\":\"MUNICIPAL\"}").getStatusCode().value()).as("another department").isEqualTo(403);

    // far over the ceiling, yet the plan's sum and checks do not count it
    var asked = as(MANAGER).send(HttpMethod.POST, requests, "{\"amount\":\"9,000,000\",\"purpose\":\"יועצים,"
        + " סדנאות והדרכה\",\"fundingKind\":\"משרד ממשלתי\",\"funder\":\"משרד החינוך\"}");
    assertThat(asked.getStatusCode().value()).as(String.valueOf(asked.getBody())).isEqualTo(201);
    var request = asked.getBody().at("/activities/0/requests/0");
    long requestId = request.get("id").asLong();
    assertThat(request.get("amount").decimalValue()).isEqualByComparingTo("9000000");
    assertThat(request.get("fundingKindName").asText()).isEqualTo("משרד ממשלתי");
    assertThat(request.get("status").asText()).isEqualTo("REQUESTED");
    assertThat(asked.getBody().at("/activities/0/total").decimalValue()).isEqualByComparingTo("50000");
    assertThat(asked.getBody().get("findings")).noneSatisfy(finding ->
        assertThat(finding.get("code").asText()).isEqualTo("over-ceiling"));

    // finance decides only in its budget review
    String decision = path(year) + "/budget-requests/" + requestId + "/decision";
    String partly = "{\"status\":\"PARTLY_APPROVED\",\"approvedAmount\":\"600,000\",\"clauseCode\":\"1812-790\","
        + "\"note\":\"היתרה בהצעת התקציב הבאה\"}";
    assertThat(as(FINANCE).send(HttpMethod.PUT, decision, partly).getStatusCode().value()).isEqualTo(409);
    submit(year);
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    var noClause = as(FINANCE).send(HttpMethod.PUT, decision,
        "{\"status\":\"PARTLY_APPROVED\",\"approvedAmount\":\"9,000,000\"}");
    assertThat(noClause.getStatusCode().value()).isEqualTo(400);
    assertThat(noClause.getBody().get("problems")).extracting(JsonNode::asText)
        .anySatisfy(problem -> assertThat(problem).contains("קטן מהמבוקש"))
        .anySatisfy(problem -> assertThat(problem).contains("חסר קוד הסעיף"));
    assertThat(as(MANAGER).send(HttpMethod.PUT, decision, partly).getStatusCode().value()).isEqualTo(403);
    var decided = as(FINANCE).send(HttpMethod.PUT, decision, partly);
    assertThat(decided.getStatusCode().value()).as(String.valueOf(decided.getBody())).isEqualTo(200);
    var partlyApproved = decided.getBody().at("/activities/0/requests/0");
    assertThat(partlyApproved.get("statusName").asText()).isEqualTo("אושר חלקית");
    assertThat(partlyApproved.get("approvedAmount").decimalValue()).isEqualByComparingTo("600000");
    assertThat(partlyApproved.get("clauseCode").asText()).isEqualTo("1812-790");
    assertThat(partlyApproved.get("decidedBy").asText()).isEqualTo(FINANCE);
    review(year, FINANCE, "reviewBudget", "approve", null);
    review(year, CEO, "approveWorkPlan", "approve", null);

    // the year's requests: finance sees them all, another department none of the youth's, in a sheet of numbers
    var listed = as(FINANCE).get("/api/cycles/" + year + "/budget-requests", JsonNode.class).getBody();
    assertThat(listed).singleElement().satisfies(row -> {
      assertThat(row.get("departmentName").asText()).isEqualTo("מחלקת נוער וצעירים");
      assertThat(row.get("planStatusName").asText()).isEqualTo("אושרה");
      assertThat(row.at("/request/status").asText()).isEqualTo("PARTLY_APPROVED");
    });
    assertThat(as("yael-dror").get("/api/cycles/" + year + "/budget-requests", JsonNode.class).getBody()).isEmpty();
    var sheet = as(FINANCE).get("/api/cycles/" + year + "/budget-requests.xlsx", byte[].class);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.getBody()))) {
      var rows = workbook.getSheet("בקשות לתקציב נוסף");
      assertThat(rows.isRightToLeft()).isTrue();
      assertThat(rows.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(9_000_000d);
      assertThat(rows.getRow(1).getCell(6).getStringCellValue()).isEqualTo("אושר חלקית");
      assertThat(rows.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(600_000d);
      assertThat(rows.getRow(1).getCell(8).getStringCellValue()).isEqualTo("1812-790");
    }
  }

  /**
   * Mid-year the youth plan changes by decision: an amendment opened with its reason (by nobody else's department,
   * not twice at once) cancels the routine activity and adds one funded by a ministry grant; it moves more than the
   * threshold, so finance and the CEO review it after the strategy unit; approved, it is the plan in force that the
   * measurement rounds read, the first plan kept as approved, and the book and the dashboard show both.
   */
  @Test
  void anApprovedPlanIsAmendedMidYearByDecisionAndIsThenThePlanInForce() throws IOException {
    int year = 2020;
    toWorkPlans(year);
    long routine = addActivity(year, "פעילות שגרה", List.of(youthTarget(year)));
    assertThat(addLine(year, routine, youthClause(year).code(), "\"1,000\"").getStatusCode().value()).isEqualTo(201);
    submit(year);
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    review(year, FINANCE, "reviewBudget", "approve", null);
    review(year, CEO, "approveWorkPlan", "approve", null);
    String amendments = path(year) + "/amendments";
    assertThat(as("yael-dror").send(HttpMethod.POST, amendments, "{\"reason\":\"x\"}").getStatusCode().value())
        .isEqualTo(403);
    assertThat(as(MANAGER).send(HttpMethod.POST, amendments, "{\"reason\":\" \"}").getStatusCode().value())
        .isEqualTo(400);

    var opened = as(MANAGER).send(HttpMethod.POST, amendments, "{\"reason\":\"מענק ממשלתי לתכנית מנהיגות\"}");
    assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
    assertThat(opened.getBody().get("version").asInt()).isEqualTo(2);
    assertThat(opened.getBody().get("amendment").asInt()).isEqualTo(1);
    assertThat(opened.getBody().get("status").asText()).isEqualTo("DRAFT");
    assertThat(as(STRATEGY).send(HttpMethod.POST, amendments, "{\"reason\":\"שוב\"}").getStatusCode().value())
        .as("one amendment at a time").isEqualTo(409);

    // the routine activity is cancelled, a new one funded by the grant is added
    long copied = opened.getBody().at("/activities/0/id").asLong();
    assertThat(as(MANAGER).send(HttpMethod.DELETE, path(year) + "/activities/" + copied, null).getStatusCode().value())
        .isEqualTo(200);
    long leadership = addActivity(year, "תכנית מנהיגות צעירה", List.of(youthTarget(year)));
    assertThat(addLine(year, leadership, youthClause(year).code(), "\"150,000\"").getStatusCode().value())
        .isEqualTo(201);
    submit(year);
    assertThat(youthBookTitle(year)).as("the book shows the plan in force while the amendment is reviewed")
        .contains("גרסה 1").doesNotContain("תיקון");

    // 150,000 added: the strategy unit, finance and the CEO
    review(year, STRATEGY, "reviewAlignment", "approve", null);
    review(year, FINANCE, "reviewBudget", "approve", null);
    assertThat(plans.approvedPlan(year, DEPARTMENT).orElseThrow().activities()).as("the first plan, still in force")
        .extracting(ApprovedPlan.PlannedActivity::title).containsExactly("פעילות שגרה");
    review(year, CEO, "approveWorkPlan", "approve", null);

    var amended = plan(year, MANAGER);
    assertThat(amended.get("status").asText()).isEqualTo("APPROVED");
    assertThat(amended.get("amendmentReason").asText()).isEqualTo("מענק ממשלתי לתכנית מנהיגות");
    assertThat(plans.approvedPlan(year, DEPARTMENT).orElseThrow().activities())
        .as("the plan in force, which the measurement rounds read (the demo year's test follows it into a report)")
        .extracting(ApprovedPlan.PlannedActivity::title).containsExactly("תכנית מנהיגות צעירה");
    var first = as(MANAGER).get(path(year) + "/versions/1", JsonNode.class).getBody();
    assertThat(first.get("status").asText()).isEqualTo("APPROVED");
    assertThat(first.get("activities")).extracting(activity -> activity.get("title").asText())
        .containsExactly("פעילות שגרה");

    assertThat(youthBookTitle(year)).contains("גרסה 2", "תיקון 1: מענק ממשלתי לתכנית מנהיגות",
        "בתכנית שאושרה במקור (גרסה 1) 1,000 ₪");
    assertThat(as(STRATEGY).get("/dashboard/budget?year=" + year, String.class).getBody())
        .as("the dashboard's budget shows the plan as amended and as first approved")
        .contains("תיקון 1; בתכנית שאושרה במקור 1,000");
  }

  /** The title of the youth's sheet in the book's workbook: its version, status and how it was amended. */
  private String youthBookTitle(int year) throws IOException {
    var book = as(STRATEGY).get("/api/cycles/" + year + "/book.xlsx?department=" + DEPARTMENT, byte[].class);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(book.getBody()))) {
      for (var sheet : workbook) {
        String title = sheet.getRow(0).getCell(0).getStringCellValue();
        if (title.startsWith("מחלקת נוער וצעירים")) {
          return title;
        }
      }
    }
    throw new AssertionError("no sheet of the youth department in the book");
  }

  private long youthTarget(int year) {
    return goals.approvedTargets(year).stream().filter(target -> target.ownedBy(DEPARTMENT)).findFirst().orElseThrow()
        .id();
  }

  private BudgetClause youthClause(int year) {
    return budget.clausesOf(year, DEPARTMENT).stream().filter(clause -> clause.source().kind().name().equals("MUNICIPAL"))
        .findFirst().orElseThrow();
  }

  private long addActivity(int year, String title, List<Long> targets) {
    var body = "{\"title\":\"" + title + "\",\"owner\":\"רכזת הנוער\",\"start\":\"" + year + "-02-01\",\"end\":\""
        + year + "-11-30\",\"milestones\":[\"גיוס\",\"הכשרה\",\"\",\"סיכום\"],\"outputMeasure\":\"מספר משתתפים\","
        + "\"targetIds\":" + targets + "}";
    var response = as(MANAGER).send(HttpMethod.POST, path(year) + "/activities", body);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
    var activities = response.getBody().get("activities");
    return activities.get(activities.size() - 1).get("id").asLong();
  }

  private org.springframework.http.ResponseEntity<JsonNode> addLine(int year, long activity, String clause,
      String amountJson) {
    return as(MANAGER).send(HttpMethod.POST, path(year) + "/activities/" + activity + "/budget-lines",
        "{\"clauseCode\":\"" + clause + "\",\"amount\":" + amountJson + "}");
  }

  private void submit(int year) {
    var manager = as(MANAGER);
    manager.complete(manager.task("draftWorkPlan", year), Map.of("planReady", true));
  }

  private void review(int year, String user, String task, String decision, String comments) {
    var reviewer = as(user);
    var values = comments == null ? Map.<String, Object>of("workPlanDecision", decision)
        : Map.<String, Object>of("workPlanDecision", decision, "reviewComments", comments);
    var tasksOfYear = reviewer.tasks(task, year).stream()
        .filter(t -> t.path("name").asText().contains("נוער")).toList();
    assertThat(tasksOfYear).as(user + " sees the youth plan's " + task).hasSize(1);
    reviewer.complete(tasksOfYear.get(0).get("id").asText(), values);
  }

  private JsonNode plan(int year, String user) {
    var response = as(user).get(path(year), JsonNode.class);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    return response.getBody();
  }

  private static String path(int year) {
    return "/api/cycles/" + year + "/work-plans/" + DEPARTMENT;
  }

  /** Finance imports the demo budget book again with one clause's amount changed. */
  private void importBudgetWithClauseAmount(int year, BudgetClause changed, BigDecimal amount) throws IOException {
    var book = new ClassPathResource("budget/demo-budget-book.csv").getContentAsString(StandardCharsets.UTF_8);
    var lines = book.lines().map(line -> line.startsWith(changed.code() + ",")
        ? line.replaceFirst(",\"[0-9,]+\",", ",\"" + amount.toPlainString() + "\",") : line).toList();
    assertThat(lines).anyMatch(line -> line.startsWith(changed.code() + "," ) && line.contains(amount.toPlainString()));
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("file", new ByteArrayResource(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "budget.csv";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var stored = rest.withBasicAuth(FINANCE, "ein-karmit-demo").postForEntity("/api/cycles/" + year + "/budget/import",
        new HttpEntity<>(form, headers), String.class);
    assertThat(stored.getStatusCode().value()).as(stored.getBody()).isEqualTo(201);
    assertThat(budget.clause(year, changed.code()).orElseThrow().amount()).isEqualByComparingTo(amount);
  }

  private TasklistUser as(String user) {
    return new TasklistUser(rest, user);
  }
}
