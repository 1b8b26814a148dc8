package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.budget.BudgetClause;
import org.maagal.goals.GoalTreeService;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The work plan page in a real browser, as the youth department's manager uses it: logs in to Tasklist
 * once, opens the page from the link in the draft task's form, adds an activity that serves a target of
 * the department and a budget line, sees the total, and sees a wrong amount refused in Hebrew with
 * nothing added.
 */
@MaagalIntegrationTest
@BrowserTest
class WorkPlanPageBrowserIntegrationTest {

  static final int YEAR = 2056;
  static final int FINANCE_YEAR = 2058;
  static final int REVISION_YEAR = 2059;
  static final int AMENDMENT_YEAR = 2024;
  static final String MANAGER = "itay-ron";
  /** Where the screenshots are kept for a reader to look at. */
  static final Path SHOTS = Path.of("target", "work-plan-shots");

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
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;
  @Autowired
  RuntimeService runtime;

  ChromeDriver browser;
  private TestCycles cycles;
  WebDriverWait wait;

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
  void theDepartmentManagerPlansAnActivityWithMoneyFromTheTasklistLink() throws Exception {
    toWorkPlans(YEAR);
    HeadlessChromium.logInToTasklist(browser, port, MANAGER);
    openThePageFromTheDraftTask();

    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
    assertThat(browser.findElement(By.id("plan-title")).getText()).contains("נוער", "גרסה 1", "טיוטה");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("activities")).getText()).contains("אין עדיין פעילויות");
    Accessibility.assertNoViolations(browser, "the work plan page, a new draft");

    browser.findElement(By.id("add-activity")).click();
    wait.until(visibilityOfElementLocated(By.id("activity-form")));
    assertThat(browser.findElement(By.cssSelector("#a-targets h4")).getText())
        .as("the department's own targets come first").isEqualTo("יעדי המחלקה");
    Accessibility.assertNoViolations(browser, "the work plan page's form of an activity");
    browser.findElement(By.id("a-title")).sendKeys("הרחבת תנועות הנוער");
    browser.findElement(By.id("a-owner")).sendKeys("רכזת הנוער");
    browser.executeScript("document.getElementById('a-start').value = arguments[0];"
        + "document.getElementById('a-end').value = arguments[1];", YEAR + "-02-01", YEAR + "-11-30");
    browser.findElement(By.id("a-q1")).sendKeys("גיוס מדריכים");
    browser.findElement(By.id("a-q4")).sendKeys("סיכום השנה");
    browser.findElement(By.id("a-output")).sendKeys("מספר חניכים");
    browser.findElement(By.cssSelector("#a-targets input[type=checkbox]")).click();
    browser.findElement(By.cssSelector("#activity-form button[type=submit]")).click();

    wait.until(textToBePresentInElementLocated(By.cssSelector(".activity h3"), "הרחבת תנועות הנוער"));
    WebElement activity = browser.findElement(By.cssSelector(".activity"));
    assertThat(activity.getText()).contains("רכזת הנוער", "1.2." + YEAR, "גיוס מדריכים", "מספר חניכים")
        .doesNotContain("אינה משרתת אף יעד");

    var clause = youthClause(YEAR);
    addLine(clause.code(), "הרבה");
    wait.until(visibilityOfElementLocated(By.id("line-error")));
    assertThat(browser.findElement(By.id("line-error")).getText()).contains("הרחבת תנועות הנוער", "אינו סכום");
    assertThat(browser.findElements(By.cssSelector(".activity table.lines"))).as("nothing added").isEmpty();
    assertThat(browser.findElement(By.id("summary")).getText()).contains("סה\"כ בתכנית: 0 ₪");
    Accessibility.assertNoViolations(browser, "the work plan page with a refused budget line");

    browser.findElement(By.id("l-amount")).clear();
    browser.findElement(By.id("l-amount")).sendKeys("120,000");
    browser.findElement(By.cssSelector("#line-form button[type=submit]")).click();

    wait.until(visibilityOfElementLocated(By.cssSelector(".activity table.lines")));
    assertThat(browser.findElement(By.cssSelector(".activity table.lines")).getText())
        .contains(clause.code(), clause.name(), "120,000 ₪", "מבוקש", "סה\"כ לפעילות");
    assertThat(browser.findElement(By.id("summary")).getText()).contains("סה\"כ בתכנית: 120,000 ₪", "מתוך תקרה של");
    assertThat(browser.findElement(By.id("line-form")).isDisplayed()).isFalse();
    shoot("page-department");

    addAnActivityWithTheKeyboardOnly("ערב הוקרה למדריכים");

    browser.get("http://localhost:" + port + "/work-plans/?year=" + YEAR);
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
    assertThat(browser.findElement(By.id("plans")).getText()).contains("120,000 ₪");
    shoot("page-overview");
  }

  @Test
  void financeCutsALineInTheBudgetReviewAndTheTotalFollows() throws Exception {
    int year = FINANCE_YEAR;
    toWorkPlans(year);
    var manager = new TasklistUser(rest, MANAGER);
    var clause = youthClause(year);
    var activity = manager.send(HttpMethod.POST, "/api/cycles/" + year + "/work-plans/youth/activities",
        "{\"title\":\"קייטנות קיץ\",\"targetIds\":[" + youthTarget(year) + "]}");
    long activityId = activity.getBody().at("/activities/0/id").asLong();
    manager.send(HttpMethod.POST, "/api/cycles/" + year + "/work-plans/youth/activities/" + activityId + "/budget-lines",
        "{\"clauseCode\":\"" + clause.code() + "\",\"amount\":\"80,000\"}");
    manager.complete(manager.task("draftWorkPlan", year), Map.of("planReady", true));
    var strategy = new TasklistUser(rest, "noa-barak");
    strategy.complete(strategy.tasks("reviewAlignment", year).stream()
        .filter(task -> task.path("name").asText().contains("נוער")).findFirst().orElseThrow().get("id").asText(),
        Map.of("workPlanDecision", "approve"));

    HeadlessChromium.logIn(browser, port, "eli-mizrahi");
    browser.get("http://localhost:" + port + "/work-plans/?year=" + year + "&department=youth");
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
    assertThat(browser.findElement(By.id("summary")).getText()).contains("80,000 ₪");
    assertThat(browser.findElements(By.id("add-activity")).stream().filter(WebElement::isDisplayed))
        .as("finance does not edit the plan").isEmpty();

    browser.findElement(By.cssSelector(".activity .mark-cut")).click();

    wait.until(textToBePresentInElementLocated(By.cssSelector(".activity table.lines"), "קוצץ"));
    assertThat(browser.findElement(By.id("summary")).getText()).contains("סה\"כ בתכנית: 0 ₪");
    assertThat(browser.findElement(By.cssSelector(".activity .mark-cut")).isEnabled()).isFalse();
    shoot("page-finance");

    browser.get("http://localhost:" + port + "/work-plans/?year=" + year);
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
    assertThat(browser.findElement(By.id("plans")).getText()).contains("מחלקת נוער וצעירים");
    shoot("page-overview-finance");
  }

  @Test
  void aReturnedPlanIsRevisedOnThePageAndShowsWhatChanged() throws Exception {
    int year = REVISION_YEAR;
    toWorkPlans(year);
    var manager = new TasklistUser(rest, MANAGER);
    var clauses = budget.clausesOf(year, "youth");
    String plan = "/api/cycles/" + year + "/work-plans/youth";
    long activityId = manager.send(HttpMethod.POST, plan + "/activities",
        "{\"title\":\"קייטנות קיץ\",\"targetIds\":[" + youthTarget(year) + "]}").getBody().at("/activities/0/id").asLong();
    manager.send(HttpMethod.POST, plan + "/activities/" + activityId + "/budget-lines",
        "{\"clauseCode\":\"" + clauses.get(0).code() + "\",\"amount\":\"80,000\"}");
    manager.send(HttpMethod.POST, plan + "/activities/" + activityId + "/budget-lines",
        "{\"clauseCode\":\"" + clauses.get(1).code() + "\",\"amount\":\"20,000\"}");
    manager.complete(manager.task("draftWorkPlan", year), Map.of("planReady", true));
    var strategy = new TasklistUser(rest, "noa-barak");
    strategy.complete(strategy.tasks("reviewAlignment", year).stream()
        .filter(task -> task.path("name").asText().contains("נוער")).findFirst().orElseThrow().get("id").asText(),
        Map.of("workPlanDecision", "return", "reviewComments", "יש לוותר על הסעיף הראשון ולכוון את הקייטנות לנוער"));

    HeadlessChromium.logIn(browser, port, MANAGER);
    browser.get("http://localhost:" + port + "/work-plans/?year=" + year + "&department=youth");
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
    assertThat(browser.findElement(By.id("plan-title")).getText()).contains("גרסה 2", "טיוטה");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("יש לוותר על הסעיף הראשון", "נועה ברק");

    browser.findElement(By.cssSelector(".activity .edit-activity")).click();
    wait.until(visibilityOfElementLocated(By.id("activity-form")));
    browser.findElement(By.id("a-title")).clear();
    browser.findElement(By.id("a-title")).sendKeys("קייטנות קיץ לנוער");
    browser.findElement(By.cssSelector("#activity-form button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".activity h3"), "קייטנות קיץ לנוער"));

    browser.findElement(By.cssSelector(".activity .remove-line")).click();
    wait.until(alertIsPresent()).accept();
    wait.until(textToBePresentInElementLocated(By.id("summary"), "סה\"כ בתכנית: 20,000 ₪"));

    browser.findElement(By.cssSelector(".activity .edit-line")).click();
    wait.until(visibilityOfElementLocated(By.id("line-form")));
    browser.findElement(By.id("l-amount")).clear();
    browser.findElement(By.id("l-amount")).sendKeys("25,000");
    browser.findElement(By.cssSelector("#line-form button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.id("summary"), "סה\"כ בתכנית: 25,000 ₪"));

    browser.findElement(By.id("show-diff")).click();
    wait.until(textToBePresentInElementLocated(By.id("diff"), "מגרסה 1 לגרסה 2"));
    assertThat(browser.findElement(By.id("diff")).getText()).contains("קייטנות קיץ לנוער", "קייטנות קיץ");
    shoot("page-revision");
  }

  /**
   * The youth plan, approved, is amended from the page: a reason is required (said in Hebrew, nothing opened), then
   * the amendment is the plan's draft version 2 with its reason shown; an activity of it asks for money beyond the book.
   */
  @Test
  void theApprovedPlanIsAmendedFromThePageAndAnActivityAsksForMoreThanTheBook() throws Exception {
    int year = AMENDMENT_YEAR;
    toWorkPlans(year);
    var manager = new TasklistUser(rest, MANAGER);
    String plan = "/api/cycles/" + year + "/work-plans/youth";
    long activityId = manager.send(HttpMethod.POST, plan + "/activities",
        "{\"title\":\"קייטנות קיץ\",\"targetIds\":[" + youthTarget(year) + "]}").getBody().at("/activities/0/id").asLong();
    manager.send(HttpMethod.POST, plan + "/activities/" + activityId + "/budget-lines",
        "{\"clauseCode\":\"" + youthClause(year).code() + "\",\"amount\":\"80,000\"}");
    manager.complete(manager.task("draftWorkPlan", year), Map.of("planReady", true));
    for (var reviewer : List.of(List.of("noa-barak", "reviewAlignment"), List.of("eli-mizrahi", "reviewBudget"),
        List.of("avner-golan", "approveWorkPlan"))) {
      var user = new TasklistUser(rest, reviewer.get(0));
      user.complete(user.tasks(reviewer.get(1), year).stream().filter(task -> task.path("name").asText().contains("נוער"))
          .findFirst().orElseThrow().get("id").asText(), Map.of("workPlanDecision", "approve"));
    }

    HeadlessChromium.logIn(browser, port, MANAGER);
    browser.get("http://localhost:" + port + "/work-plans/?year=" + year + "&department=youth");
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
    assertThat(browser.findElement(By.id("amend-form")).isDisplayed()).isTrue();
    browser.findElement(By.cssSelector("#amend-form button[type=submit]")).click();
    wait.until(visibilityOfElementLocated(By.id("amend-error")));
    assertThat(browser.findElement(By.id("amend-error")).getText()).contains("לתיקון נדרשת סיבה");
    assertThat(browser.findElement(By.id("plan-title")).getText()).contains("גרסה 1");
    Accessibility.assertNoViolations(browser, "the work plan page with a refused amendment");

    browser.findElement(By.id("amend-reason")).sendKeys("מענק ממשלתי לקייטנות");
    browser.findElement(By.cssSelector("#amend-form button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.id("plan-title"), "גרסה 2"));
    assertThat(browser.findElement(By.id("plan-title")).getText()).contains("טיוטה");
    assertThat(browser.findElement(By.id("amendment")).getText()).isEqualTo("תיקון 1 לתכנית: מענק ממשלתי לקייטנות");
    assertThat(browser.findElement(By.id("amend-form")).isDisplayed()).isFalse();

    browser.findElement(By.cssSelector(".activity .add-request")).click();
    wait.until(visibilityOfElementLocated(By.id("request-form")));
    browser.findElement(By.id("r-amount")).sendKeys("45,000");
    browser.findElement(By.id("r-purpose")).sendKeys("הסעות לקייטנות בשכונות החדשות");
    new Select(browser.findElement(By.id("r-kind"))).selectByVisibleText("משרד ממשלתי");
    browser.findElement(By.cssSelector("#request-form button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".activity table.requests"), "45,000"));
    assertThat(browser.findElement(By.cssSelector(".activity table.requests")).getText())
        .contains("הסעות לקייטנות בשכונות החדשות", "משרד ממשלתי", "מבוקש");
    assertThat(browser.findElement(By.id("summary")).getText()).as("not counted in the plan's sum")
        .contains("סה\"כ בתכנית: 80,000 ₪");
    shoot("page-amendment");
  }

  private void toWorkPlans(int year) {
    cycles.toWorkPlans(year);
  }

  private long youthTarget(int year) {
    return goals.approvedTargets(year).stream().filter(target -> target.ownedBy("youth")).findFirst().orElseThrow()
        .id();
  }

  /** Tasklist renders the draft task's form; its link leads to the department's plan on our page. */
  private void openThePageFromTheDraftTask() {
    String task = tasks.createTaskQuery().taskDefinitionKey("draftWorkPlan").taskCandidateGroup("dept-youth")
        .processVariableValueEquals("year", YEAR).singleResult().getId();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
    WebElement link = wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-container a[href*='/work-plans/']")));
    String href = link.getAttribute("href");
    assertThat(href).endsWith("/work-plans/?year=" + YEAR + "&department=youth");
    browser.get(href);
  }

  /**
   * The page's main action as a person without a mouse does it, from the top of the page: Tab to "הוספת פעילות" (its
   * focus ring showing), Enter, the title typed where the form put the focus, Tab to the first target and Space, Tab
   * to the save button and Enter; the activity is then on the page.
   */
  private void addAnActivityWithTheKeyboardOnly(String title) {
    browser.navigate().refresh();
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
    int activities = browser.findElements(By.cssSelector(".activity")).size();

    tabTo(By.id("add-activity"));
    assertThat(browser.executeScript("const style = getComputedStyle(document.activeElement);"
        + "return style.outlineStyle + ' ' + style.outlineWidth")).as("the focus is visible").isEqualTo("solid 3px");
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(visibilityOfElementLocated(By.id("activity-form")));
    assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the form takes the focus").isEqualTo("a-title");
    new Actions(browser).sendKeys(title).perform();
    tabTo(By.cssSelector("#a-targets input[type=checkbox]"));
    new Actions(browser).sendKeys(Keys.SPACE).perform();
    tabTo(By.cssSelector("#activity-form button[type=submit]"));
    new Actions(browser).sendKeys(Keys.ENTER).perform();

    wait.until(page -> page.findElements(By.cssSelector(".activity")).size() == activities + 1);
    assertThat(browser.findElements(By.cssSelector(".activity h3"))).extracting(WebElement::getText).contains(title);
    assertThat(browser.findElement(By.id("activities")).getText()).as("the target was ticked")
        .doesNotContain("אינה משרתת אף יעד");
  }

  /** Presses Tab until the element has the focus; fails when a whole round of the page's stops does not reach it. */
  private void tabTo(By target) {
    WebElement wanted = browser.findElement(target);
    for (int presses = 0; presses < 200; presses++) {
      if (wanted.equals(browser.switchTo().activeElement())) {
        return;
      }
      new Actions(browser).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab does not reach " + target);
  }

  private void addLine(String clauseCode, String amount) {
    browser.findElement(By.cssSelector(".activity .add-line")).click();
    wait.until(visibilityOfElementLocated(By.id("line-form")));
    new Select(browser.findElement(By.id("l-clause"))).selectByValue(clauseCode);
    browser.findElement(By.id("l-amount")).sendKeys(amount);
    browser.findElement(By.cssSelector("#line-form button[type=submit]")).click();
  }

  private BudgetClause youthClause(int year) {
    return budget.clausesOf(year, "youth").stream()
        .filter(clause -> clause.source().kind().name().equals("MUNICIPAL")).findFirst().orElseThrow();
  }

  /** The page as it is now: checked against WCAG 2.1 AA ({@link Accessibility}), and a screenshot for a person. */
  private void shoot(String name) throws Exception {
    Accessibility.assertNoViolations(browser, "the work plan page, %s".formatted(name));
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve(name + ".png"));
  }
}
