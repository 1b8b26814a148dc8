package org.maagal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.documents.IsraeliFormat;
import org.maagal.documents.PdfReadingOrder;
import org.maagal.goals.GoalTreeService;
import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.workplans.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A year on the public site as the strategy unit, the steering committee and a resident live it: nothing is public
 * until the committee approves a proposal at its meeting; what it approves is the snapshot it saw, which the
 * year's later work does not change; the strategy unit withdraws a part, recorded; the site is read without a login
 * in three languages and never opens a session, and a department manager can neither propose nor withdraw.
 */
@MaagalIntegrationTest
class PublicationIntegrationTest {

  static final int YEAR = 2099;
  static final String PUBLICATIONS = "/api/cycles/" + YEAR + "/publications";
  static final String SITE = "/public/" + YEAR + "/";

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
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;
  @Autowired
  WorkPlanService plans;

  private TestCycles cycles;

  @Test
  void aYearIsPublicOnlyAsTheCommitteeApprovedIt() throws Exception {
    cycles.toWorkPlans(YEAR);
    var strategy = new TasklistUser(rest, "noa-barak");
    var schools = new TasklistUser(rest, "yael-dror");
    var ceo = new TasklistUser(rest, "avner-golan");
    var fastForward = new CycleFastForward(tasks, atOnce);

    var nothing = rest.getForEntity(SITE, String.class);
    assertThat(nothing.getStatusCode().value()).isEqualTo(404);
    assertThat(nothing.getBody()).contains("לשנה " + YEAR + " לא פורסם דבר").contains("dir=\"rtl\"");

    // who may propose, and what is ready
    assertThat(schools.send(HttpMethod.POST, PUBLICATIONS, "{\"part\":\"GOALS\"}").getStatusCode().value())
        .isEqualTo(403);
    var unknown = strategy.send(HttpMethod.POST, PUBLICATIONS, "{\"part\":\"BUDGET\"}");
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody().get("detail").asText()).contains("GOALS");
    var noPlans = strategy.send(HttpMethod.POST, PUBLICATIONS, "{\"part\":\"MONEY\"}");
    assertThat(noPlans.getStatusCode().value()).isEqualTo(409);
    assertThat(noPlans.getBody().get("detail").asText()).contains("אין עדיין תכנית עבודה מאושרת");

    // the tree proposed: on the steering committee's agenda, previewed by its members, not public
    var proposed = propose(strategy, "GOALS");
    assertThat(proposed.get("status").asText()).isEqualTo("PROPOSED");
    assertThat(strategy.send(HttpMethod.POST, PUBLICATIONS, "{\"part\":\"GOALS\"}").getStatusCode().value())
        .isEqualTo(409);
    String preview = PublicSite.PREVIEW + proposed.get("id").asLong();
    assertThat(rest.getForEntity(preview, String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(schools.get(preview, String.class).getStatusCode().value()).isEqualTo(403);
    var previewed = ceo.get(preview, String.class);
    assertThat(previewed.getStatusCode().value()).isEqualTo(200);
    String vision = strategy.get("/api/cycles/" + YEAR + "/goals", JsonNode.class).getBody().get("vision").asText();
    assertThat(previewed.getBody()).contains("טיוטה לאישור הוועדה").contains(vision);
    assertThat(rest.getForEntity(SITE, String.class).getStatusCode().value()).isEqualTo(404);

    // the committee votes against: nothing public; proposed again and approved: public
    atOnce.holdNow("steering", YEAR, Choice.AGAINST, "לא לפרסם לפני ישיבת המועצה");
    assertThat(list(strategy)).singleElement().satisfies(row -> {
      assertThat(row.get("status").asText()).isEqualTo("NOT_APPROVED");
      assertThat(row.get("decision").asText()).contains("לא לפרסם לפני ישיבת המועצה").contains("ועדת היגוי, ישיבה");
    });
    assertThat(rest.getForEntity(SITE, String.class).getStatusCode().value()).isEqualTo(404);
    propose(strategy, "GOALS");
    atOnce.holdNow("steering", YEAR, Choice.FOR, "מאושר לפרסום");
    var page = rest.getForEntity(SITE, String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    String firstTarget = goals.approvedTargets(YEAR).get(0).target();
    assertThat(page.getBody()).contains("<html lang=\"he\" dir=\"rtl\"").contains(vision).contains(firstTarget)
        .contains("תקציב תכניות העבודה טרם פורסם").doesNotContain("טיוטה לאישור הוועדה");
    assertThat(page.getHeaders().getCacheControl()).contains("max-age=60").contains("public");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(rest.getForEntity(SITE + "?lang=ar", String.class).getBody()).contains("<html lang=\"ar\" dir=\"rtl\"")
        .contains("رؤية المدينة").contains(vision);
    assertThat(rest.getForEntity(SITE + "?lang=en", String.class).getBody()).contains("<html lang=\"en\" dir=\"ltr\"")
        .contains("The city&#39;s vision").contains(firstTarget);
    assertThat(rest.getForEntity("/public/", String.class).getBody()).contains("href=\"/public/" + YEAR + "/?lang=he\"");

    // the plans approved and their money published: what the plans hold, by target
    fastForward.throughWorkPlans(YEAR, plans, goals, budget);
    var linkage = strategy.get("/api/cycles/" + YEAR + "/linkage", JsonNode.class).getBody();
    propose(strategy, "MONEY");
    atOnce.holdNow("steering", YEAR, Choice.FOR, "מאושר לפרסום");
    String withMoney = rest.getForEntity(SITE, String.class).getBody();
    assertThat(withMoney).contains(IsraeliFormat.shekels(linkage.get("total").decimalValue()))
        .doesNotContain("תקציב תכניות העבודה טרם פורסם");

    // the semi-annual results published; the annual round that follows does not change them
    fastForward.throughMeasurementRound(YEAR, management, runtime);
    propose(strategy, "RESULTS");
    atOnce.holdNow("steering", YEAR, Choice.FOR, "מאושר לפרסום");
    assertThat(rest.getForEntity(SITE, String.class).getBody()).contains("נכון למדידה החצי-שנתית");
    fastForward.throughMeasurementRound(YEAR, management, runtime);
    assertThat(strategy.get("/api/cycles/" + YEAR + "/results", JsonNode.class).getBody().get("round").asText())
        .isEqualTo("ANNUAL");
    assertThat(rest.getForEntity(SITE, String.class).getBody()).as("the snapshot the committee approved")
        .contains("נכון למדידה החצי-שנתית").doesNotContain("נכון למדידה השנתית");

    // the files
    var csv = rest.getForEntity(SITE + "plan.csv?lang=en", byte[].class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("Domain,Goal,Target,Indicator")
        .contains(firstTarget);
    var booklet = rest.getForEntity(SITE + "booklet.pdf", byte[].class);
    assertThat(PdfReadingOrder.allLines(booklet.getBody())).anySatisfy(line -> assertThat(line).contains("התכנית של " + YEAR))
        .anySatisfy(line -> assertThat(line).contains(vision.substring(0, 10)));

    // withdrawn by the strategy unit, with a reason; a department may not
    long results = list(strategy).stream().filter(row -> row.get("part").asText().equals("RESULTS")).findFirst()
        .orElseThrow().get("id").asLong();
    String withdraw = PUBLICATIONS + "/" + results + "/withdraw";
    assertThat(schools.send(HttpMethod.POST, withdraw, "{\"reason\":\"טעות\"}").getStatusCode().value()).isEqualTo(403);
    assertThat(strategy.send(HttpMethod.POST, withdraw, "{\"reason\":\" \"}").getStatusCode().value()).isEqualTo(400);
    var withdrawn = strategy.send(HttpMethod.POST, withdraw, "{\"reason\":\"נמצאה טעות בדיווח של מחלקה\"}");
    assertThat(withdrawn.getStatusCode().value()).isEqualTo(200);
    assertThat(withdrawn.getBody().get("status").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.getBody().get("withdrawnBy").asText()).isEqualTo("noa-barak");
    assertThat(strategy.send(HttpMethod.POST, withdraw, "{\"reason\":\"שוב\"}").getStatusCode().value()).isEqualTo(409);
    assertThat(rest.getForEntity(SITE, String.class).getBody()).contains("תוצאות השנה טרם פורסמו");
    assertThat(schools.send(HttpMethod.GET, PUBLICATIONS, null).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void thePublicSiteTakesNoLoginAndNoChange() {
    var withLogin = rest.withBasicAuth("admin", "city-hall-keys").getForEntity("/public/", String.class);
    assertThat(withLogin.getStatusCode().value()).isEqualTo(200);
    assertThat(withLogin.getHeaders().get(HttpHeaders.SET_COOKIE)).as("no session").isNull();
    assertThat(rest.exchange("/public/", HttpMethod.POST, HttpEntity.EMPTY, String.class).getStatusCode().value())
        .isEqualTo(403);
    assertThat(rest.getForEntity("/public/accessibility?lang=ar", String.class).getBody()).contains("بيان إتاحة")
        .contains("5568");
    ResponseEntity<String> notAYear = rest.getForEntity("/public/20x9/", String.class);
    assertThat(notAYear.getStatusCode().value()).isEqualTo(404);
    assertThat(rest.getForEntity("/public/1999/?lang=xx", String.class).getBody()).contains("lang=\"he\"");
  }

  private static JsonNode propose(TasklistUser strategy, String part) {
    var proposed = strategy.send(HttpMethod.POST, PUBLICATIONS, "{\"part\":\"" + part + "\"}");
    assertThat(proposed.getStatusCode().value()).as(String.valueOf(proposed.getBody())).isEqualTo(201);
    return proposed.getBody();
  }

  private static java.util.List<JsonNode> list(TasklistUser strategy) {
    var found = strategy.send(HttpMethod.GET, PUBLICATIONS, null).getBody();
    var rows = new java.util.ArrayList<JsonNode>();
    found.forEach(rows::add);
    return rows;
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
