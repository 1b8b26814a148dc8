package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.AsyncContinuations;
import org.maagal.BrowserTest;
import org.maagal.CycleFastForward;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.budget.BudgetBook;
import org.maagal.budget.BudgetClause;
import org.maagal.goals.GoalTreeService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

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
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void theCycleIsAtTheWorkPlans() {
    rest.withBasicAuth("noa-barak", "demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    AsyncContinuations.runAll(management);
    var fastForward = new CycleFastForward(tasks);
    fastForward.throughSituationAssessment(YEAR);
    fastForward.throughGoalPlanning(YEAR);
    AsyncContinuations.runAll(management);
    browser = HeadlessChromium.start("he-IL");
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void closeTheBrowser() {
    browser.quit();
  }

  @Test
  void theDepartmentManagerPlansAnActivityWithMoneyFromTheTasklistLink() throws Exception {
    HeadlessChromium.logInToTasklist(browser, port, MANAGER);
    openThePageFromTheDraftTask();

    wait.until(textToBePresentInElementLocated(By.id("plan-title"), "גרסה 1"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("activities")).getText()).contains("אין עדיין פעילויות");

    browser.findElement(By.id("add-activity")).click();
    wait.until(visibilityOfElementLocated(By.id("activity-form")));
    assertThat(browser.findElement(By.cssSelector("#a-targets h4")).getText())
        .as("the department's own targets come first").isEqualTo("יעדי המחלקה");
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

    var clause = youthClause();
    addLine(clause.code(), "הרבה");
    wait.until(visibilityOfElementLocated(By.id("line-error")));
    assertThat(browser.findElement(By.id("line-error")).getText()).contains("הרחבת תנועות הנוער", "אינו סכום");
    assertThat(browser.findElements(By.cssSelector(".activity table.lines"))).as("nothing added").isEmpty();
    assertThat(browser.findElement(By.id("summary")).getText()).contains("סה\"כ בתכנית: 0 ₪");

    browser.findElement(By.id("l-amount")).clear();
    browser.findElement(By.id("l-amount")).sendKeys("120,000");
    browser.findElement(By.cssSelector("#line-form button[type=submit]")).click();

    wait.until(visibilityOfElementLocated(By.cssSelector(".activity table.lines")));
    assertThat(browser.findElement(By.cssSelector(".activity table.lines")).getText())
        .contains(clause.code(), clause.name(), "120,000 ₪", "מבוקש", "סה\"כ לפעילות");
    assertThat(browser.findElement(By.id("summary")).getText()).contains("סה\"כ בתכנית: 120,000 ₪", "מתוך תקרה של");
    assertThat(browser.findElement(By.id("line-form")).isDisplayed()).isFalse();
    shoot("page-department");

    browser.get("http://localhost:" + port + "/work-plans/?year=" + YEAR);
    wait.until(visibilityOfElementLocated(By.cssSelector("#plans table")));
    wait.until(visibilityOfElementLocated(By.cssSelector("#linkage h3")));
    assertThat(browser.findElement(By.id("plans")).getText()).contains("120,000 ₪");
    shoot("page-overview");
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

  private void addLine(String clauseCode, String amount) {
    browser.findElement(By.cssSelector(".activity .add-line")).click();
    wait.until(visibilityOfElementLocated(By.id("line-form")));
    new Select(browser.findElement(By.id("l-clause"))).selectByValue(clauseCode);
    browser.findElement(By.id("l-amount")).sendKeys(amount);
    browser.findElement(By.cssSelector("#line-form button[type=submit]")).click();
  }

  private BudgetClause youthClause() {
    return budget.clausesOf(YEAR, "youth").stream()
        .filter(clause -> clause.source().kind().name().equals("MUNICIPAL")).findFirst().orElseThrow();
  }

  /** A screenshot of the whole page, for a person to look at. */
  private void shoot(String name) throws Exception {
    Object height = browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(1400, Math.max(900, ((Number) height).intValue() + 120)));
    byte[] png = browser.getScreenshotAs(OutputType.BYTES);
    Files.createDirectories(SHOTS);
    Files.write(SHOTS.resolve(name + ".png"), png);
    browser.manage().window().setSize(new Dimension(1400, 900));
  }
}
