package org.maagal.tasklist;

import org.maagal.AsyncContinuations;
import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;


/**
 * A department manager in a real browser (headless Chromium, Hebrew): logs in to Tasklist, finds
 * the department's task of a newly started cycle in "משימות המחלקה" without being told where,
 * reads the Hebrew form right to left, and completes it. Another department does not see it.
 * The filter lists the newest task first among equal deadlines, so the new cycle's task is on its first page.
 * What Camunda writes in English in Tasklist (form-js's select, the footer) reads in Hebrew, the Diagram
 * tab names tasks without the model's expressions, and a long task name wraps inside its card.
 */
@MaagalIntegrationTest
@BrowserTest

class TasklistBrowserIntegrationTest {

  static final int YEAR = 2081;

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void aCycleIsStartedAndABrowserOpen() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    AsyncContinuations.runAll(management);
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  @Test
  void aDepartmentManagerFindsOpensAndCompletesTheirTaskInHebrew() {
    String taskId = openTaskOf("dept-schools");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=password]")));
    Accessibility.assertNoViolations(browser, "Tasklist's login");
    logIn("yael-dror");
    openFilter(TaskFilters.UNIT_TASKS);

    WebElement card = wait.until(visibilityOfElementLocated(taskCard(taskId)));
    assertThat(card.getText()).contains("הערכת מצב: מחלקת בתי ספר");
    // the department's list holds other tests' tasks too (an action item of a meeting): bring the card into view
    ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
        card);
    card.click();
    wait.until(elementToBeClickable(button("קח לטיפול"))).click();
    WebElement label = wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-form-field-label")));

    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(direction(label)).isEqualTo("rtl");
    // the header leads to the dashboard and to the committees' meetings, which take the same login
    WebElement dashboard = browser.findElement(By.cssSelector("[cam-widget-header] li.maagal-dashboard a"));
    assertThat(dashboard.getText()).isEqualTo("לוח הבקרה");
    assertThat(dashboard.getAttribute("href")).endsWith("/dashboard/");
    WebElement meetings = browser.findElement(By.cssSelector("[cam-widget-header] li.maagal-meetings a"));
    assertThat(meetings.getText()).isEqualTo("ישיבות הוועדות");
    assertThat(meetings.getAttribute("href")).endsWith("/meetings/");
    assertThat(direction(browser.findElement(By.cssSelector(".fjs-container")))).isEqualTo("rtl");
    assertThat(browser.findElement(By.cssSelector(".task-details")).getText()).contains("טופס", "היסטוריה", "תרשים");
    assertThat(browser.findElements(By.cssSelector(".fjs-form-field-label")))
        .extracting(WebElement::getText).anySatisfy(text -> assertThat(text).contains("תמונת מצב"));
    Accessibility.assertNoViolations(browser, "Tasklist with a department's task form");

    for (String field : new String[] {"state", "achievements", "gaps", "challenges"}) {
      WebElement textarea = browser.findElement(By.cssSelector(".fjs-container textarea[id$='" + field + "']"));
      textarea.sendKeys("מולא בדפדפן: " + field);
    }
    WebElement complete = wait.until(elementToBeClickable(button("השלם")));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    complete.click();

    wait.until(done -> tasks.createTaskQuery().taskId(taskId).count() == 0);
    String instance = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getProcessInstanceId();
    var stored = history.createHistoricVariableInstanceQuery().processInstanceId(instance).variableName("state")
        .singleResult();
    assertThat(stored.getValue()).isEqualTo("מולא בדפדפן: state");
  }

  @Test
  void anotherDepartmentsManagerDoesNotSeeIt() {
    String youthTask = openTaskOf("dept-youth");
    String ownTask = openTaskOf("dept-early-childhood");
    logIn("hila-carmeli");
    openFilter(TaskFilters.UNIT_TASKS);

    wait.until(visibilityOfElementLocated(taskCard(ownTask)));

    assertThat(browser.findElements(taskCard(youthTask))).isEmpty();
    assertThat(browser.findElement(By.cssSelector(".tasks-list")).getText())
        .contains("מחלקת גיל רך").doesNotContain("מחלקת נוער וצעירים");
  }

  @Test
  void aCommitteeMemberSeesTheSelectFormFooterAndDiagramInHebrew() {
    String taskId = openTaskOf("committee-team-educational");
    browser.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Jerusalem"));
    logIn("yael-dror");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    wait.until(elementToBeClickable(button("קח לטיפול"))).click();
    wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-select-display")));

    assertThat(browser.findElements(By.cssSelector(".fjs-select-display"))).extracting(WebElement::getText)
        .isNotEmpty().containsOnly("בחירה");
    assertThat(browser.findElement(By.tagName("footer")).getText())
        .contains("שעון ישראל").doesNotContain("Camunda Platform", "UTC");
    Accessibility.assertNoViolations(browser, "Tasklist with a committee's form of selects");

    browser.findElement(By.xpath("//*[contains(@class,'task-details')]//a[normalize-space(.)='תרשים']")).click();
    // Tasklist marks the current task once the diagram is drawn
    wait.until(presenceOfElementLocated(By.cssSelector(".djs-element.highlight")));
    String diagram = browser.findElement(By.cssSelector(".djs-container svg")).getAttribute("textContent");
    assertThat(diagram).doesNotContain("${");
    // the diagram breaks names into lines
    assertThat(diagram.replaceAll("\\s", "")).contains("תמונתמצבומחוון:צוותעבודהחינוכי", "גיבושוסגירתשלב:תמונתהעיר");
    Accessibility.assertNoViolations(browser, "Tasklist's diagram of a task");
  }

  @Test
  void aLongTaskNameWrapsInsideItsCard() {
    Task task = tasks.newTask();
    task.setName("הערכת מצב " + YEAR + ": תשתיות/תחבורה/חניה/תאורה/ניקיון/גינון/תברואה/שפ\"ע");
    task.setAssignee("yael-dror");
    tasks.saveTask(task);
    try {
      logIn("yael-dror");
      openFilter(TaskFilters.MY_TASKS);
      WebElement title = wait.until(visibilityOfElementLocated(taskCard(task.getId())));

      assertThat(title.getText()).isEqualTo(task.getName());
      assertThat(liesInsideItsCard(title)).as("the whole name shows in its card").isTrue();
    } finally {
      tasks.deleteTask(task.getId(), true);
    }
  }

  private void logIn(String user) {
    HeadlessChromium.logInToTasklist(browser, port, user);
  }

  private void openFilter(String name) {
    wait.until(elementToBeClickable(By.xpath(
        "//*[contains(@class,'task-filters')]//*[normalize-space(text())='" + name + "']"))).click();
  }

  private String openTaskOf(String groupId) {
    return tasks.createTaskQuery().taskCandidateGroup(groupId).processVariableValueEquals("year", YEAR)
        .singleResult().getId();
  }

  private static By taskCard(String taskId) {
    return By.cssSelector(".tasks-list a[href*='" + taskId + "']");
  }

  private static By button(String text) {
    return By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='" + text + "']");
  }

  /** Whether every line of a card's title lies inside the card's name area, which cuts off what runs past it. */
  private boolean liesInsideItsCard(WebElement title) {
    return (Boolean) ((JavascriptExecutor) browser).executeScript("""
        const names = arguments[0].closest('.names').getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(arguments[0]);
        return [...text.getClientRects()].every(line => line.left >= names.left - 1 && line.right <= names.right + 1);
        """, title);
  }

  private String direction(WebElement element) {
    return (String) ((JavascriptExecutor) browser).executeScript("return getComputedStyle(arguments[0]).direction;",
        element);
  }
}
