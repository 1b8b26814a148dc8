package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.CycleFastForward;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.goals.GoalTreeService;
import org.maagal.organization.Caller;
import org.maagal.organization.Role;
import org.maagal.workplans.WorkPlanService;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The measurement page in a real browser: the youth department's manager fills the semi-annual report
 * (an indicator's value as "1,250", an activity delayed, first without its reason and refused in Hebrew
 * with nothing stored, a line's spending) and sees adherence and budget execution follow; the strategy
 * unit reads the corrected draft of a returned report with its comments and cannot change it; another
 * department's manager is refused in Hebrew; nobody logged in is sent to the Tasklist login.
 */
@MaagalIntegrationTest
@BrowserTest
class MeasurementPageBrowserIntegrationTest {

  static final int FILL_YEAR = 2095;
  static final int STRATEGY_YEAR = 2096;
  /** No cycle: the refusal comes before any report is looked for. */
  static final int REFUSAL_YEAR = 2097;
  static final String DEPARTMENT = "youth";
  static final String MANAGER = "itay-ron";
  static final String OTHER_MANAGER = "yael-dror";
  static final String STRATEGY = "noa-barak";
  /** Where the screenshots are kept for a reader to look at. */
  static final Path SHOTS = Path.of("target", "measurement-shots");
  static final Caller STRATEGY_UNIT = new Caller(STRATEGY, List.of(Role.STRATEGY_UNIT.groupId()));

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
  private TestCycles cycles;

  @BeforeEach
  void startTheBrowser() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  @AfterEach
  void endTheCycles() {
    cycles.endAll();
  }

  @Test
  void theDepartmentManagerFillsTheReportAndSeesAdherenceFollow() throws Exception {
    int year = FILL_YEAR;
    toMeasurement(year);
    measurement.open(year, DEPARTMENT, Round.SEMI_ANNUAL);
    var opened = stored(year);
    long activityId = opened.activities().get(0).activityId();
    long lineId = opened.spending().get(0).lineId();

    HeadlessChromium.logIn(browser, port, MANAGER);
    openThePage(year);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("report-title")).getText()).contains("נוער", "מדידה חצי שנתית", "גרסה 1",
        "טיוטה");
    assertThat(browser.findElement(By.id("read-only")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("indicators")).getText()).contains(opened.indicators().get(0).indicator());
    // the one activity is in progress with no end date: on time; nothing spent of 1,000
    assertThat(text("on-time")).startsWith("100%");
    assertThat(text("execution")).startsWith("0%").contains("1,000 ₪");

    WebElement actual = browser.findElement(By.cssSelector("#indicator-1 input.actual"));
    actual.sendKeys("1,250", Keys.TAB);
    savedIn("#indicator-1");
    assertThat(stored(year).indicators().get(0).actual()).isEqualByComparingTo("1250");
    assertThat(actual.getAttribute("value")).isEqualTo("1,250");

    String activity = "#activity-" + activityId;
    new Select(browser.findElement(By.cssSelector(activity + " select.status-choice"))).selectByValue("DELAYED");
    wait.until(visibilityOfElementLocated(By.cssSelector(activity + " + tr.row-error .error-box")));
    assertThat(browser.findElement(By.cssSelector(activity + " + tr.row-error")).getText())
        .contains("פעילות שגרה", "באיחור", "יש לכתוב את הסיבה");
    assertThat(browser.findElement(By.cssSelector(activity + " .saved-mark")).getText()).isEqualTo("לא נשמר");
    assertThat(stored(year).activities().get(0).status()).as("nothing stored").isEqualTo(ActivityStatus.IN_PROGRESS);
    assertThat(new Select(browser.findElement(By.cssSelector(activity + " select.status-choice")))
        .getFirstSelectedOption().getText()).as("the choice is kept").isEqualTo("באיחור");
    assertThat(text("on-time")).startsWith("100%");
    shoot("page-refused");

    WebElement reason = browser.findElement(By.cssSelector(activity + " input.reason"));
    assertThat(reason.isDisplayed()).isTrue();
    reason.sendKeys("הספק התעכב", Keys.TAB);
    savedIn(activity);
    assertThat(browser.findElement(By.cssSelector(activity + " + tr.row-error")).isDisplayed()).isFalse();
    var delayed = stored(year).activities().get(0);
    assertThat(delayed.status()).isEqualTo(ActivityStatus.DELAYED);
    assertThat(delayed.reason()).isEqualTo("הספק התעכב");
    assertThat(text("on-time")).startsWith("0%").contains("0 מתוך 1");

    String line = "#line-" + lineId;
    browser.findElement(By.cssSelector(line + " input.spent")).sendKeys("725", Keys.TAB);
    savedIn(line);
    assertThat(stored(year).spending().get(0).actual()).isEqualByComparingTo("725");
    assertThat(text("execution")).startsWith("72.5%").contains("725 ₪", "1,000 ₪");
    assertThat(text("spent-total")).isEqualTo("725 ₪");
    shoot("page-department");
  }

  @Test
  void theStrategyUnitReadsTheCorrectedDraftWithItsCommentsAndCannotChangeIt() throws Exception {
    int year = STRATEGY_YEAR;
    toMeasurement(year);
    measurement.open(year, DEPARTMENT, Round.SEMI_ANNUAL);
    var manager = new TasklistUser(rest, MANAGER);
    String report = "/api/cycles/" + year + "/measurement/semi-annual/" + DEPARTMENT;
    assertThat(manager.send(HttpMethod.PUT, report + "/indicators/1", "{\"actual\":\"1,250.5\"}").getStatusCode()
        .value()).isEqualTo(200);
    measurement.submit(year, DEPARTMENT, Round.SEMI_ANNUAL, MANAGER);
    measurement.review(year, DEPARTMENT, Round.SEMI_ANNUAL, false, "הערך נראה גבוה, נא לבדוק מול הרישום", STRATEGY);

    HeadlessChromium.logIn(browser, port, STRATEGY);
    openThePage(year);
    assertThat(browser.findElement(By.id("report-title")).getText()).contains("גרסה 2", "טיוטה");
    assertThat(browser.findElement(By.id("read-only")).getText()).contains("צפייה בלבד", "מחלקת נוער וצעירים");
    wait.until(textToBePresentInElementLocated(By.id("comments"), "הערך נראה גבוה"));
    assertThat(browser.findElement(By.id("comments")).getText()).contains("גרסה 1", "הוחזרה לתיקון");
    assertThat(browser.findElements(By.cssSelector("#report input, #report select"))).as("nothing to edit").isEmpty();
    assertThat(browser.findElement(By.id("indicator-1")).getText()).contains("1,250.5");
    assertThat(browser.findElement(By.id("activities")).getText()).contains("פעילות שגרה", "בביצוע");
    shoot("page-strategy");
  }

  @Test
  void anotherDepartmentsManagerIsRefusedInHebrewAndNobodyLoggedInIsSentToTheLogin() throws Exception {
    browser.get("http://localhost:" + port + "/measurement/?year=" + REFUSAL_YEAR + "&round=semi-annual&department="
        + DEPARTMENT);
    wait.until(textToBePresentInElementLocated(By.tagName("body"), "נדרשת התחברות"));
    assertThat(browser.findElement(By.id("login")).getAttribute("href"))
        .contains("/camunda/app/tasklist/default/?maagal-return=%2Fmeasurement%2F%3Fyear%3D" + REFUSAL_YEAR);
    assertThat(browser.executeScript("return getComputedStyle(document.querySelector('header')).borderTopColor"))
        .as("the shared stylesheet, served without a login").isEqualTo("rgb(181, 21, 43)");

    HeadlessChromium.logIn(browser, port, OTHER_MANAGER);
    openThePage(REFUSAL_YEAR);
    assertThat(browser.findElement(By.id("message")).getText()).contains("מחלקת נוער וצעירים", "גלויים");
    assertThat(browser.findElement(By.id("report")).isDisplayed()).isFalse();
    shoot("page-refused-department");
  }

  private void toMeasurement(int year) {
    cycles.toWorkPlans(year);
    new CycleFastForward(tasks, atOnce).throughWorkPlans(year, plans, goals, budget);
  }

  private ReportView stored(int year) {
    return measurement.report(year, DEPARTMENT, Round.SEMI_ANNUAL, STRATEGY_UNIT);
  }

  private void openThePage(int year) {
    browser.get("http://localhost:" + port + "/measurement/?year=" + year + "&round=semi-annual&department="
        + DEPARTMENT);
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
  }

  private void savedIn(String row) {
    wait.until(visibilityOfElementLocated(By.cssSelector(row + " .saved-mark.ok")));
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().strip();
  }

  /** The page as it is now: checked against WCAG 2.1 AA ({@link Accessibility}), and a screenshot for a person. */
  private void shoot(String name) throws Exception {
    Accessibility.assertNoViolations(browser, "the measurement page, %s".formatted(name));
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve(name + ".png"));
  }
}
