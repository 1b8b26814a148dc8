package org.maagal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
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
import org.maagal.workplans.WorkPlanService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The review page in a real browser: the strategy unit adds a gap while the list is open and sees a gap
 * without a title refused in Hebrew with nothing added; a department manager sees only their department's
 * gaps and no form; once the lessons are recorded a member of the steering committee unticks a gap that
 * should not carry into next year, and the API keeps the mark.
 */
@MaagalIntegrationTest
@BrowserTest
class ReviewPageBrowserIntegrationTest {

  static final int LISTING_YEAR = 2082;
  static final int DECIDING_YEAR = 2083;
  static final String STRATEGY = "noa-barak";
  static final String MANAGER = "itay-ron";
  static final String STEERING = "avner-golan";
  /** Where the screenshots are kept for a reader to look at. */
  static final Path SHOTS = Path.of("target", "review-shots");

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
  WorkPlanService plans;
  @Autowired
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;
  @Autowired
  ReviewService review;

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
  void theStrategyUnitAddsAGapAndAMissingTitleIsRefusedInHebrew() throws Exception {
    int year = LISTING_YEAR;
    toReview(year);
    HeadlessChromium.logIn(browser, port, STRATEGY);
    open(year);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("counts")).getText()).contains("ירוק", "צהוב", "אדום", "לא נמדד");
    assertThat(browser.findElement(By.id("state")).getText()).contains("רשימת הפערים");
    assertThat(browser.findElement(By.id("booklet-pdf")).getAttribute("href")).endsWith("/api/cycles/" + year + "/results.pdf");

    new Select(browser.findElement(By.id("g-department"))).selectByValue("youth");
    browser.findElement(By.id("g-detail")).sendKeys("מעט משתתפים בפעילות הקיץ");
    browser.findElement(By.cssSelector("#gap-form button[type=submit]")).click();
    wait.until(visibilityOfElementLocated(By.id("gap-error")));
    assertThat(browser.findElement(By.id("gap-error")).getText()).contains("חסר: כותרת הפער");
    assertThat(browser.findElement(By.id("g-detail")).getAttribute("value")).as("the input stays")
        .isEqualTo("מעט משתתפים בפעילות הקיץ");
    assertThat(gaps(STRATEGY, year)).as("nothing added").isEmpty();
    Accessibility.assertNoViolations(browser, "the review page with a refused gap");

    browser.findElement(By.id("g-title")).sendKeys("השתתפות נמוכה בקייטנות");
    browser.findElement(By.cssSelector("#gap-form button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.id("gaps"), "השתתפות נמוכה בקייטנות"));
    assertThat(browser.findElement(By.cssSelector("#gaps tbody tr")).getText())
        .contains("מחלקת נוער וצעירים", "פער שהוסיפה היחידה", "מעט משתתפים", "טרם הוחלט — יועבר כברירת מחדל");
    assertThat(browser.findElement(By.id("gap-error")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("g-title")).getAttribute("value")).isEmpty();
    assertThat(gaps(STRATEGY, year)).extracting(gap -> gap.get("title").asText())
        .containsExactly("השתתפות נמוכה בקייטנות");
    shoot("strategy-unit-listing");

    addGap(year, "schools", "נשירה בחטיבות הביניים");
    browser.manage().deleteAllCookies();
    HeadlessChromium.logIn(browser, port, MANAGER);
    open(year);
    assertThat(browser.findElement(By.id("gaps")).getText()).contains("השתתפות נמוכה בקייטנות")
        .doesNotContain("נשירה בחטיבות הביניים");
    assertThat(browser.findElement(By.id("gap-form")).isDisplayed()).as("no form for a department").isFalse();
    assertThat(browser.findElement(By.id("title")).getText()).contains("מחלקת נוער וצעירים");
    shoot("department-manager");
  }

  @Test
  void aSteeringMemberUnticksAGapAndItDoesNotCarry() throws Exception {
    int year = DECIDING_YEAR;
    toReview(year);
    long youth = addGap(year, "youth", "השתתפות נמוכה בקייטנות");
    addGap(year, "schools", "נשירה בחטיבות הביניים");
    review.closeGaps(year, STRATEGY);
    review.recordLessons(year, "לקבוע יעדים מדידים כבר בתכנית העבודה", "תנועות הנוער גדלו", STRATEGY);
    var state = new TasklistUser(rest, STEERING).get("/api/cycles/" + year + "/review", JsonNode.class).getBody();
    assertThat(state.get("state").asText()).isEqualTo("deciding");
    assertThat(state.get("mayMarkCarried").asBoolean()).isTrue();
    assertThat(state.get("mayAddGaps").asBoolean()).isFalse();

    HeadlessChromium.logIn(browser, port, STEERING);
    open(year);
    assertThat(browser.findElement(By.id("lessons")).getText()).contains("לקבוע יעדים מדידים");
    assertThat(browser.findElement(By.id("successes")).getText()).contains("תנועות הנוער גדלו");
    assertThat(browser.findElement(By.id("gap-form")).isDisplayed()).isFalse();
    WebElement toggle = browser.findElement(By.cssSelector("#gaps tr[data-gap='" + youth + "'] input.carry"));
    assertThat(toggle.isSelected()).as("a gap carries unless marked otherwise").isTrue();

    toggle.click();
    wait.until(textToBePresentInElementLocated(By.cssSelector("#gaps tr[data-gap='" + youth + "']"), "לא יועבר"));
    assertThat(browser.findElement(By.id("carry-error")).isDisplayed()).isFalse();
    var marked = gaps(STEERING, year);
    assertThat(marked).filteredOn(gap -> gap.get("id").asLong() == youth)
        .extracting(gap -> gap.get("carried").asText()).containsExactly("false");
    assertThat(marked).filteredOn(gap -> gap.get("id").asLong() != youth)
        .extracting(gap -> gap.hasNonNull("carried")).as("not marked").containsExactly(false);
    shoot("steering-deciding");
  }

  /** The cycle past its work plans, and the review opened by its rules (no reports: likely no gaps). */
  private void toReview(int year) {
    cycles.toWorkPlans(year);
    new CycleFastForward(tasks, atOnce).throughWorkPlans(year, plans, goals, budget);
    review.flag(year);
  }

  private void open(int year) {
    browser.get("http://localhost:" + port + "/review/?year=" + year);
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
  }

  private long addGap(int year, String departmentId, String title) {
    var added = new TasklistUser(rest, STRATEGY).send(HttpMethod.POST, "/api/cycles/" + year + "/review/gaps",
        "{\"departmentId\":\"" + departmentId + "\",\"title\":\"" + title + "\",\"detail\":\"לפי הדיווח\"}");
    assertThat(added.getStatusCode().value()).isEqualTo(200);
    return added.getBody().get("id").asLong();
  }

  private List<JsonNode> gaps(String user, int year) {
    var body = new TasklistUser(rest, user).get("/api/cycles/" + year + "/review/gaps", JsonNode.class).getBody();
    return StreamSupport.stream(body.spliterator(), false).toList();
  }

  /** The page as it is now: checked against WCAG 2.1 AA ({@link Accessibility}), and a screenshot for a person. */
  private void shoot(String name) throws Exception {
    Accessibility.assertNoViolations(browser, "the review page, %s".formatted(name));
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve(name + ".png"));
  }
}
