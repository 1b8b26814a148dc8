package org.maagal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.CycleFastForward;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.goals.GoalTreeService;
import org.maagal.measurement.MeasurementService;
import org.maagal.measurement.Round;
import org.maagal.organization.Caller;
import org.maagal.workplans.WorkPlanService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The strategy unit's dashboard in a real browser, over three cycles: two measured years (the youth department's
 * first indicator rising from one year to the next) and a third in its work plans, where the youth's and the
 * schools' drafts are late. The strategy unit sees every department, the charts and the CSV; the youth
 * department's manager sees only the youth's rows and gets 403 on the schools' page. Every page is Hebrew and
 * right to left, English on {@code ?lang=en}.
 *
 * <p>Cycle years 2016–2018: every year of 2031–2037 is already a cycle year of another test (assessment, goal
 * planning, goal tree import), and no test uses 2010–2020.
 */
@MaagalIntegrationTest
@BrowserTest
class DashboardBrowserIntegrationTest {

  static final int FIRST = 2016;
  static final int SECOND = 2017;
  static final int CURRENT = 2018;
  static final String STRATEGY = "noa-barak";
  static final String MANAGER = "itay-ron";
  /** Finance, and a member of the steering committee, which reads the whole city's results. */
  static final String FINANCE = "eli-mizrahi";
  /** Finance, and the manager of the budget department: her own department's results only. */
  static final String FINANCE_MANAGER = "dina-shoham";
  static final Path SHOTS = Path.of("target", "dashboard-shots");

  private static TestCycles cycles;
  private static boolean prepared;

  @LocalServerPort
  int port;
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

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void prepareTheCyclesOnceAndStartTheBrowser() {
    if (!prepared) {
      cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
      measuredYear(FIRST, "40");
      measuredYear(SECOND, "55");
      cycles.toWorkPlans(CURRENT);
      for (String department : List.of("youth", "schools")) {
        var draft = tasks.createTaskQuery().taskDefinitionKey("draftWorkPlan").taskCandidateGroup("dept-" + department)
            .processVariableValueEquals("year", CURRENT).singleResult();
        draft.setDueDate(Date.from(Instant.now().minus(30, ChronoUnit.DAYS)));
        tasks.saveTask(draft);
      }
      prepared = true;
    }
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  @AfterAll
  static void endTheCycles() {
    if (cycles != null) {
      cycles.endAll();
    }
  }

  @Test
  void theStrategyUnitSeesEveryDepartmentChartsLinksAndTheCsv() throws Exception {
    HeadlessChromium.logIn(browser, port, STRATEGY);

    open("/dashboard/?year=" + CURRENT);
    assertHebrew();
    // the newest first; an older cycle of another test class may follow them on the shared database
    assertThat(browser.findElements(By.cssSelector("#cycles .card"))).extracting(card -> card.getAttribute("data-year"))
        .startsWith(String.valueOf(CURRENT), String.valueOf(SECOND), String.valueOf(FIRST));
    var current = browser.findElement(By.cssSelector("#cycles .card[data-year='" + CURRENT + "']"));
    assertThat(current.findElement(By.cssSelector(".step-current")).getText()).contains("תכניות עבודה");
    assertThat(current.findElement(By.cssSelector(".late-count")).getText()).isEqualTo("2");
    assertThat(current.findElements(By.cssSelector("a.cockpit"))).as("the strategy unit may open Cockpit").isNotEmpty();
    assertThat(departmentsShown("#departments")).contains("youth", "schools").hasSizeGreaterThan(10);
    var youth = browser.findElement(By.cssSelector("#departments tr[data-department=youth]"));
    assertThat(youth.findElements(By.cssSelector(".state")).stream().map(WebElement::getText).toList())
        .containsExactly("הושלם", "כלל-עירוני", "באיחור", "טרם החל", "טרם החל");
    shoot("cycles-strategy");

    open("/dashboard/late?year=" + CURRENT);
    assertHebrew();
    assertThat(departmentsShown("#late")).containsExactlyInAnyOrder("youth", "schools");
    assertThat(browser.findElement(By.id("late")).getText()).contains("מחלקת נוער וצעירים", "תכנית עבודה:");
    assertThat(browser.findElements(By.cssSelector("#late a.tasklist")).get(0).getAttribute("href"))
        .contains("/camunda/app/tasklist/default/#/?task=");
    shoot("late-strategy");
    open("/dashboard/late?year=" + CURRENT + "&department=schools");
    assertThat(departmentsShown("#late")).containsExactly("schools");

    String csvUrl = browser.findElement(By.id("csv")).getAttribute("href");
    var csv = download(csvUrl);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
    assertThat(text.lines().findFirst().orElseThrow()).startsWith("משימה,מחלקה,");
    assertThat(text.lines().skip(1).toList()).singleElement().asString().contains("מחלקת בתי ספר", "תכנית עבודה: מחלקת בתי ספר");

    open("/dashboard/goals?year=" + SECOND);
    assertHebrew();
    assertThat(browser.findElement(By.id("domains")).getText()).contains("ירוק", "אדום", "לא נמדד");
    assertThat(browser.findElement(By.id("tree")).getText()).contains("55");
    assertThat(browser.findElements(By.cssSelector("#trends .chart svg"))).as("a chart drawn").isNotEmpty();
    assertThat(browser.executeScript("return echarts.getInstanceByDom(document.querySelector('#trends .chart'))"
        + ".getOption().animation")).as("drawn at once for a browser that asks for less motion").isEqualTo(false);
    // the years of this class's cycles among the chart's points (the axis labels only some years when other test
    // classes' cycles share the database)
    assertThat(browser.findElements(By.cssSelector("#trends .chart")).stream()
        .map(chart -> chart.getAttribute("data-chart")).toList().toString()).contains("2016", "2017");
    shoot("goals-strategy");

    open("/dashboard/ceo?year=" + SECOND);
    assertHebrew();
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("מדדי המנכ\"ל במעגל 2017");
    shoot("ceo-strategy");

    open("/dashboard/budget?year=" + SECOND);
    assertHebrew();
    assertThat(departmentsShown("#by-department")).contains("youth", "schools");
    assertThat(browser.findElement(By.id("by-source")).getText()).contains("₪");
    assertThat(browser.findElement(By.id("linkage")).getText()).contains("פעילות שגרה");
    assertThat(browser.findElement(By.id("emphases")).getText()).as("every plan's activity serves the one emphasis")
        .contains("1. דגשים", "פעילות שגרה").doesNotContain("אין פעילות שמשרתת את הדגש");
    assertThat(browser.findElements(By.cssSelector(".chart-pie svg"))).hasSize(2);
    shoot("budget-strategy");

    // the measured year's mid-year control: a page of its own (static/control/), read by the same people
    browser.get("http://localhost:" + port + "/control/?year=" + SECOND);
    wait.until(presenceOfElementLocated(By.cssSelector("body[data-ready=true]")));
    assertHebrew();
    assertThat(browser.findElement(By.id("state")).getText()).contains("הדוח הושלם");
    assertThat(browser.findElement(By.id("conclusions")).getText()).isEqualTo("מסקנות");
    shoot("control-strategy");

    open("/dashboard/?year=" + CURRENT + "&lang=en");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("ltr");
    assertThat(browser.findElement(By.id("nav-late")).getText()).isEqualTo("Late tasks");
    open("/dashboard/late?year=" + CURRENT);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("English stays").isEqualTo("en");
    shoot("late-strategy-english");
    browser.findElement(By.id("lang-switch")).click();
    wait.until(presenceOfElementLocated(By.cssSelector("html[lang=he]")));
    assertHebrew();
  }

  @Test
  void aDepartmentManagerSeesOnlyTheirDepartmentAndIsRefusedAnother() throws Exception {
    HeadlessChromium.logIn(browser, port, MANAGER);

    open("/dashboard/?year=" + CURRENT);
    assertHebrew();
    assertThat(departmentsShown("#departments")).containsExactly("youth");
    assertThat(browser.findElement(By.cssSelector("#cycles .card[data-year='" + CURRENT + "'] .late-count")).getText())
        .isEqualTo("1");
    assertThat(browser.findElements(By.cssSelector("a.cockpit"))).as("no Cockpit for a department").isEmpty();
    shoot("cycles-manager");

    open("/dashboard/late?year=" + CURRENT);
    assertHebrew();
    assertThat(departmentsShown("#late")).containsExactly("youth");
    shoot("late-manager");
    var csv = download("http://localhost:" + port + "/dashboard/late.csv?year=" + CURRENT);
    assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("מחלקת נוער וצעירים")
        .doesNotContain("מחלקת בתי ספר");

    open("/dashboard/goals?year=" + SECOND);
    assertHebrew();
    assertThat(departmentsShown("#tree")).containsOnly("youth");
    assertThat(browser.findElements(By.cssSelector("#trends .chart svg"))).isNotEmpty();
    shoot("goals-manager");

    open("/dashboard/ceo?year=" + SECOND);
    assertHebrew();

    open("/dashboard/budget?year=" + SECOND);
    assertHebrew();
    assertThat(departmentsShown("#by-department")).containsExactly("youth");
    shoot("budget-manager");

    open("/dashboard/departments/youth?year=" + CURRENT);
    assertHebrew();
    assertThat(browser.findElement(By.id("department-name")).getText()).isEqualTo("מחלקת נוער וצעירים");
    assertThat(browser.findElement(By.id("open-tasks")).getText()).contains("תכנית עבודה: מחלקת נוער וצעירים");
    shoot("department-manager");

    var refused = download("http://localhost:" + port + "/dashboard/departments/schools");
    assertThat(refused.statusCode()).isEqualTo(403);
    open("/dashboard/departments/schools");
    assertHebrew();
    assertThat(browser.findElement(By.id("refused")).getText()).isEqualTo("אין הרשאה");
    assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("בתי ספר");
    shoot("refused-manager");
  }

  @Test
  void financeSeesEveryDepartmentsBudgetAndOfTheRestWhatTheServicesGiveIt() throws Exception {
    HeadlessChromium.logInToTasklist(browser, port, FINANCE);
    assertThat(browser.getCurrentUrl()).as("finance stays in Tasklist after the login").contains("/camunda/app/tasklist/");

    open("/dashboard/budget?year=" + SECOND);
    assertHebrew();
    assertThat(departmentsShown("#by-department")).contains("youth", "schools").hasSizeGreaterThan(10);
    assertThat(browser.findElements(By.cssSelector("#by-department a"))).as("no department's own page").isEmpty();
    assertThat(browser.findElement(By.id("budget-total")).getText()).as("the city's execution, read as a steering member")
        .contains("ביצוע התקציב העירוני");
    assertThat(browser.findElements(By.id("execution-partial"))).isEmpty();
    shoot("budget-finance");

    open("/dashboard/?year=" + SECOND);
    assertThat(browser.getCurrentUrl()).as("finance's dashboard starts at the budget")
        .endsWith("/dashboard/budget?year=" + SECOND);

    open("/dashboard/late?year=" + CURRENT);
    assertHebrew();
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("מוצגות המשימות שלך ושל הקבוצות שלך");
    assertThat(departmentsShown("#late")).as("the departments' late drafts are not finance's tasks").isEmpty();

    open("/dashboard/goals?year=" + SECOND);
    assertHebrew();
    assertThat(browser.findElement(By.id("tree")).getText()).as("the results, read as a steering member").contains("55");

    var refused = download("http://localhost:" + port + "/dashboard/departments/youth");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("אין הרשאה", "הגזברות את התקציב");

    browser.manage().deleteAllCookies();
    HeadlessChromium.logIn(browser, port, FINANCE_MANAGER);
    open("/dashboard/budget?year=" + SECOND);
    assertThat(departmentsShown("#by-department")).contains("youth", "schools", "budget").hasSizeGreaterThan(10);
    assertThat(browser.findElement(By.id("execution-partial")).getText()).contains("ביצוע התקציב מוצג רק");
    assertThat(browser.findElement(By.id("budget-total")).getText()).doesNotContain("ביצוע התקציב העירוני");
    assertThat(browser.findElements(By.cssSelector("#by-department a"))).extracting(WebElement::getText)
        .containsExactly("מחלקת תקציבים");
    shoot("budget-finance-manager");
  }

  @Test
  void withoutALoginTheDashboardPointsToTheTasklistLoginThatComesBack() {
    var answer = rest.getForEntity("/dashboard/late?year=2017&department=youth", String.class);
    assertThat(answer.getStatusCode().value()).isEqualTo(401);
    assertThat(answer.getBody()).contains("lang=\"he\"", "נדרשת התחברות",
        "href=\"/camunda/app/tasklist/default/?maagal-return=%2Fdashboard%2Flate%3Fyear%3D2017%26department%3Dyouth\"");
  }

  /** A year through its measurement: the youth's first indicator at {@code youthActual} in the annual round. */
  private void measuredYear(int year, String youthActual) {
    cycles.toWorkPlans(year);
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughWorkPlans(year, plans, goals, budget);
    fastForward.throughMeasurementRound(year, management, runtime);
    fastForward.openMeasurementRound(year, management, runtime);
    var youth = new Caller(MANAGER, List.of("dept-youth"));
    var report = measurement.report(year, "youth", Round.ANNUAL, youth);
    measurement.setIndicator(year, "youth", Round.ANNUAL, report.indicators().get(0).position(), youthActual, null, youth);
    var line = report.spending().get(0);
    measurement.setSpending(year, "youth", Round.ANNUAL, line.lineId(), "600", youth);
    fastForward.completeAll(year, "fillMeasurementReport", Map.of("reportReady", true));
    fastForward.completeAll(year, "validateMeasurementReport", Map.of("reportDecision", "accept"));
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
    wait.until(presenceOfElementLocated(By.tagName("main")));
    if (!browser.findElements(By.cssSelector("script[src*='dashboard.js']")).isEmpty()) {
      wait.until(presenceOfElementLocated(By.cssSelector("body[data-ready=true]")));
    }
  }

  private void assertHebrew() {
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
  }

  /** The departments of a table's rows. */
  private List<String> departmentsShown(String table) {
    return browser.findElements(By.cssSelector(table + " tbody tr[data-department]")).stream()
        .map(row -> row.getAttribute("data-department")).distinct().collect(Collectors.toList());
  }

  /** A file as the logged-in browser would download it: on the browser's session. */
  private HttpResponse<byte[]> download(String url) throws Exception {
    String cookies = browser.manage().getCookies().stream().map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET()
        .build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The page as it is now: checked against WCAG 2.1 AA ({@link Accessibility}), and a screenshot for a person. */
  private void shoot(String name) throws Exception {
    Accessibility.assertNoViolations(browser, "the dashboard, %s".formatted(name));
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve(name + ".png"));
  }
}
