package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.Accessibility;
import org.maagal.AsyncContinuations;
import org.maagal.BrowserTest;
import org.maagal.CycleFastForward;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The design committee's vote and the steering committee's approval, as Tasklist renders their forms,
 * link to the goal tree page's comparison of the version they decide on with the one before it.
 */
@MaagalIntegrationTest
@BrowserTest
class GoalTreeDiffLinkBrowserIntegrationTest {

  static final int YEAR = 2076;

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

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void aRevisedDraftIsPutToTheVote() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    AsyncContinuations.runAll(management);
    var cycle = new CycleFastForward(tasks, atOnce);
    cycle.throughSituationAssessment(YEAR);
    cycle.completeAll(YEAR, "setManagementEmphases", Map.of("emphases", "דגשים"));
    cycle.completeAll(YEAR, "recommendChannelGoals", Map.of("recommendation", "המלצות"));
    uploadRevision();
    cycle.completeAll(YEAR, "draftGoalTree", Map.of("draftReady", true));
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  @Test
  void theVoteAndTheApprovalLinkToWhatChangedSinceTheVersionBefore() {
    String vote = tasks.createTaskQuery().taskDefinitionKey("castVote").taskAssignee("noa-barak")
        .processVariableValueEquals("year", YEAR).singleResult().getId();
    logIn("noa-barak");

    String link = diffLinkOf(vote);
    assertThat(link).endsWith("/goals/?year=" + YEAR + "&diff=2");

    browser.get(link);
    wait.until(textToBePresentInElementLocated(By.id("diff"), "מגרסה 1 לגרסה 2"));
    Accessibility.assertNoViolations(browser, "the goal tree's differences, opened from the vote's link");
  }

  /** The address of the form's link to the comparison, once Tasklist has filled in the form's variables. */
  private String diffLinkOf(String taskId) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    WebElement link = wait.until(visibilityOfElementLocated(By.xpath(
        "//*[contains(@class,'fjs-container')]//a[contains(normalize-space(.),'ההבדלים בין גרסה 2 לגרסה שלפניה')]")));
    return link.getAttribute("href");
  }

  private void logIn(String user) {
    HeadlessChromium.logInToTasklist(browser, port, user);
  }

  private void uploadRevision() {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(GoalTreeDiffIntegrationTest.revision()) {
      @Override
      public String getFilename() {
        return "revision.csv";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var stored = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles/" + YEAR + "/goals/import",
        new HttpEntity<>(body, headers), String.class);
    assertThat(stored.getStatusCode().value()).isEqualTo(201);
  }
}
