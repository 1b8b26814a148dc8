package org.maagal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.maagal.Accessibility;
import org.maagal.AsyncContinuations;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The channel picture's form in Tasklist, in a real browser: a Camunda Form is static, and it shows each team the
 * sub-criteria of its own channel's rubric. A member of the educational team sees the early-childhood rubric's
 * fourteen criteria as the labels of fourteen scores, under their arenas' titles, and nothing of the places its
 * rubric does not reach; she scores them, completes the task, and the fourteen scores are stored. The strategy unit
 * then reads them on the city's picture page, each arena's average above its criteria, and on the dashboard.
 */
@MaagalIntegrationTest
@BrowserTest
class ChannelRubricBrowserIntegrationTest {

  static final int YEAR = 2003;
  static final String MEMBER = "efrat-sela";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aTeamMemberSeesHerChannelsCriteriaScoresThemAndCompletesTheTask() throws Exception {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"),
        String.class);
    AsyncContinuations.runAll(management);
    String taskId = tasks.createTaskQuery().taskDefinitionKey("describeChannel")
        .taskCandidateGroup("committee-team-educational").processVariableValueEquals("year", YEAR).singleResult()
        .getId();
    var browser = HeadlessChromium.newVisitor();
    var wait = HeadlessChromium.waiting(browser);
    try {
      HeadlessChromium.logInToTasklist(browser, port, MEMBER);
      browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
      wait.until(elementToBeClickable(button("קח לטיפול"))).click();
      wait.until(visibilityOfElementLocated(By.cssSelector(".fjs-form-field-select")));

      var selects = browser.findElements(By.cssSelector(".fjs-form-field-select"));
      // each label is its criterion's name, and an asterisk: a score is required
      assertThat(selects).extracting(select -> select.findElement(By.cssSelector(".fjs-form-field-label")).getText()
          .replaceAll("\\s+", " ").strip()).hasSize(14).startsWith("התפיסה היישובית של הגיל הרך מוטמעת ברשות *")
          .contains("פורום מסגרות פרטיות *").allSatisfy(label -> assertThat(label).endsWith(" *"));
      assertThat(browser.findElements(By.cssSelector(".fjs-container h4"))).extracting(WebElement::getText)
          .containsExactly("זירת הרשות", "זירת ההורים", "זירת המסגרות", "זירת אנשי המקצוע");
      assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText()).doesNotContain("{{", "null");

      browser.findElement(By.cssSelector(".fjs-container textarea")).sendKeys("הגיל הרך בעיר, כפי שהצוות רואה אותו");
      for (var select : selects) {
        choose(browser, wait, select, "4 – טוב");
      }
      browser.findElements(By.cssSelector(".fjs-form-field-textfield input")).get(0).sendKeys("מולא בדפדפן");
      HeadlessChromium.shootWholePage(browser, Path.of("target", "channel-picture-form.png"));
      WebElement complete = wait.until(elementToBeClickable(button("השלם")));
      ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
      complete.click();

      wait.until(done -> tasks.createTaskQuery().taskId(taskId).count() == 0);
      assertThat(jdbc.queryForList("select s.criterion || '=' || s.score || coalesce(' ' || s.comment, '') from "
          + "rubric_criterion_score s join channel_picture p on p.id = s.channel_picture_id where p.cycle_year = ? "
          + "order by s.position", String.class, YEAR)).hasSize(14).startsWith("city-concept=4 מולא בדפדפן")
          .allSatisfy(score -> assertThat(score).contains("=4"));

      // the strategy unit reads them on the city's picture, criterion by criterion, and on the dashboard by arena
      browser = HeadlessChromium.newVisitor();
      wait = HeadlessChromium.waiting(browser);
      HeadlessChromium.logIn(browser, port, "noa-barak");
      browser.get("http://localhost:" + port + "/picture/?year=" + YEAR);
      wait.until(presenceOfElementLocated(By.cssSelector("body[data-ready=true]")));
      var rows = browser.findElements(By.cssSelector("#channels table.rubric tbody tr"));
      assertThat(rows).hasSize(4 + 14);
      assertThat(browser.findElements(By.cssSelector("#channels tr.arena td:first-child")))
          .extracting(WebElement::getText).containsExactly("זירת הרשות · ממוצע", "זירת ההורים · ממוצע",
              "זירת המסגרות · ממוצע", "זירת אנשי המקצוע · ממוצע");
      assertThat(rows.get(1).getText()).contains("התפיסה היישובית של הגיל הרך מוטמעת ברשות", "4", "מולא בדפדפן");
      Accessibility.assertNoViolations(browser, "the city's picture with the channels' rubric");
      HeadlessChromium.shootWholePage(browser, Path.of("target", "channel-rubric-picture.png"));
      browser.get("http://localhost:" + port + "/dashboard/rubric?year=" + YEAR);
      var table = wait.until(visibilityOfElementLocated(By.id("rubric")));
      assertThat(table.getText()).contains("צוות עבודה חינוכי", "זירת אנשי המקצוע");
      assertThat(browser.findElement(By.id("nav-rubric")).getAttribute("class")).contains("active");
      Accessibility.assertNoViolations(browser, "the dashboard's rubric");
      HeadlessChromium.shootWholePage(browser, Path.of("target", "channel-rubric-dashboard.png"));
    } finally {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target", "channel-picture-form.html"), browser.getPageSource());
    }
  }

  /** Opens the form-js select and picks the option, as a person does with the mouse. */
  private static void choose(org.openqa.selenium.chrome.ChromeDriver browser, WebDriverWait wait, WebElement select,
      String option) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", select);
    select.findElement(By.cssSelector(".fjs-input-group")).click();
    List<WebElement> items = wait.until(page -> {
      var shown = select.findElements(By.cssSelector(".fjs-dropdownlist-item"));
      return shown.isEmpty() ? null : shown;
    });
    var item = items.stream().filter(shown -> shown.getText().strip().equals(option)).findFirst().orElseThrow();
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", item);
    item.click();
  }

  private static By button(String text) {
    return By.xpath("//*[contains(@class,'task-details')]//button[normalize-space(.)='" + text + "']");
  }
}
