package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.AsyncContinuations;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One login for Tasklist and our pages: after the web apps' login, the API and the pages take the
 * browser's session; every change on it needs the web apps' CSRF token, and the rights are those of a
 * Basic login of the same person.
 */
@MaagalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionLoginIntegrationTest {

  static final int YEAR = 2057;
  static final String ACTIVITIES = "/api/cycles/" + YEAR + "/work-plans/youth/activities";

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
  ObjectMapper json;

  @BeforeAll
  void theCycleIsAtTheWorkPlans() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    AsyncContinuations.runAll(management);
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughSituationAssessment(YEAR);
    fastForward.throughGoalPlanning(YEAR);
    AsyncContinuations.runAll(management);
  }

  @Test
  void theTasklistLoginOpensTheApiWithTheSessionCookieOnly() throws Exception {
    var browser = loggedIn("itay-ron");

    var cycles = browser.open("/api/cycles");

    assertThat(cycles.statusCode()).isEqualTo(200);
    assertThat(json.readTree(cycles.body())).extracting(cycle -> cycle.get("year").asInt()).contains(YEAR);
    assertThat(cycles.headers().allValues("Set-Cookie")).as("the session keeps its id: a page's parallel requests "
        + "all carry it").noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    assertThat(browser.open("/work-plans/?year=" + YEAR + "&department=youth").statusCode()).isEqualTo(200);
  }

  @Test
  void aChangeOnTheSessionWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    var browser = loggedIn("itay-ron");
    int before = activities(browser);

    var none = browser.send("POST", ACTIVITIES, "{\"title\":\"בלי אסימון\"}", null);
    var wrong = browser.send("POST", ACTIVITIES, "{\"title\":\"אסימון שגוי\"}", "not-the-token");

    for (var refused : java.util.List.of(none, wrong)) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).contains("application/problem+json"));
      assertThat(json.readTree(refused.body()).get("detail").asText()).contains("X-XSRF-TOKEN");
    }
    assertThat(activities(browser)).isEqualTo(before);
  }

  @Test
  void aChangeOnTheSessionWithTheCsrfTokenPasses() throws Exception {
    var browser = loggedIn("itay-ron");
    int before = activities(browser);
    // the page's script cannot read the web apps' cookie (path /camunda); the answers hand it the token
    String handed = browser.open("/api/cycles").headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    assertThat(handed).isEqualTo(browser.csrfToken());

    var added = browser.send("POST", ACTIVITIES, "{\"title\":\"פעילות מהדף\"}", handed);

    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(activities(browser)).isEqualTo(before + 1);
  }

  @Test
  void withNeitherSessionNorBasicTheApiAsksForALoginAndThePagePointsToTasklist() throws Exception {
    var stranger = new WebappSession(port);

    var api = stranger.open("/api/cycles");
    var page = stranger.open("/work-plans/?year=" + YEAR + "&department=youth");

    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
    assertThat(page.statusCode()).isEqualTo(401);
    assertThat(page.headers().firstValue("WWW-Authenticate")).as("no browser prompt of its own").isEmpty();
    assertThat(page.body()).contains("dir=\"rtl\"", "נדרשת התחברות",
        "href=\"/camunda/app/tasklist/default/?maagal-return=%2Fwork-plans%2F%3Fyear%3D" + YEAR + "%26department%3Dyouth\"",
        "/work-plans/?year=" + YEAR + "&amp;department=youth");
  }

  @Test
  void aDepartmentManagersSessionStillCannotReadAnotherDepartmentsPlan() throws Exception {
    var browser = loggedIn("itay-ron");

    var other = browser.open("/api/cycles/" + YEAR + "/work-plans/schools");
    var intrusion = browser.send("POST", "/api/cycles/" + YEAR + "/work-plans/schools/activities",
        "{\"title\":\"פלישה\"}", browser.csrfToken());

    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(intrusion.statusCode()).isEqualTo(403);
  }

  @Test
  void basicStaysAsItWasWithoutCsrf() {
    var added = rest.withBasicAuth("itay-ron", "ein-karmit-demo").postForEntity(ACTIVITIES, json("{\"title\":\"מתוך סקריפט\"}"),
        String.class);

    assertThat(added.getStatusCode().value()).isEqualTo(201);
  }

  private WebappSession loggedIn(String user) throws Exception {
    var browser = new WebappSession(port);
    assertThat(browser.login(user, "ein-karmit-demo", "tasklist")).isEqualTo(200);
    return browser;
  }

  private int activities(WebappSession browser) throws Exception {
    var plan = browser.open("/api/cycles/" + YEAR + "/work-plans/youth");
    assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
    JsonNode activities = json.readTree(plan.body()).get("activities");
    return activities.size();
  }
}
