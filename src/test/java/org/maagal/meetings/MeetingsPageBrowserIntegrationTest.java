package org.maagal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.calendar.IsraeliBusinessCalendar;
import org.maagal.clock.ApplicationClock;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The committee meetings page in a real browser: the strategy unit adds an item to today's steering meeting,
 * records who came and the members' vote (a ballot with a member left out is refused in Hebrew and keeps what
 * was chosen), and the page shows the outcome; the year's page then lists the decision. A department manager in
 * no committee sees no meeting and no error, and a meeting's own page refused in Hebrew; a member of a working
 * team sees her team's meetings only.
 */
@MaagalIntegrationTest
@BrowserTest
class MeetingsPageBrowserIntegrationTest {

  static final int RECORDING_YEAR = 2029;
  static final int VISIBILITY_YEAR = 2030;
  static final String STRATEGY = "noa-barak";
  /** A department manager who sits on no committee of the demo municipality. */
  static final String OUTSIDER = "lior-sagi";
  /** The schools' manager, a member of the educational working team only. */
  static final String TEAM_MEMBER = "yael-dror";
  static final List<String> PRESENT = List.of("avner-golan", "eli-mizrahi", "noa-barak", "orna-katz");
  /** Where the screenshots are kept for a reader to look at. */
  static final Path SHOTS = Path.of("target", "meetings-shots");

  @LocalServerPort
  int port;
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
  MeetingCalendar calendar;
  @Autowired
  IsraeliBusinessCalendar businessDays;
  @Autowired
  ApplicationClock clock;

  ChromeDriver browser;
  WebDriverWait wait;
  private TestCycles cycles;
  private final List<Long> added = new ArrayList<>();

  @BeforeEach
  void startTheBrowser() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  /** The meetings added and still ahead are off. */
  @AfterEach
  void cancelTheMeetingsAhead() {
    for (long meetingId : added) {
      var meeting = strategyUnit().get("/api/meetings/" + meetingId, JsonNode.class).getBody();
      if (List.of("PLANNED", "INVITED").contains(meeting.get("status").asText())) {
        strategyUnit().send(HttpMethod.POST, "/api/meetings/" + meetingId + "/cancel", "{\"reason\":\"סוף הבדיקה\"}");
      }
    }
    cycles.endAll();
  }

  @Test
  void theStrategyUnitRecordsAttendanceAndAVoteAndThePageShowsTheOutcome() throws Exception {
    int year = RECORDING_YEAR;
    var today = clock.today();
    assumeTrue(calendar.isBusinessDay(today), today + " is no business day in Israel: the API adds no meeting on it, "
        + "so there is no meeting of today to record on the page");
    cycles.start(year);
    long meetingId = addMeeting("steering", year, today.atTime(0, 5));

    HeadlessChromium.logIn(browser, port, STRATEGY);
    openMeeting(meetingId);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("מתוכננת");
    assertThat(browser.findElement(By.id("details")).getText()).contains("ועדת היגוי", "שלא מן המניין",
        "לשכת ראש העירייה");
    assertThat(browser.findElement(By.id("quorum")).getText()).contains("הנוכחות טרם נרשמה", "המניין: 3 מתוך 6");
    Accessibility.assertNoViolations(browser, "the meetings page, a planned meeting");

    String title = "אישור תכנית ההצטיידות של בתי הספר";
    new Select(browser.findElement(By.id("i-kind"))).selectByValue("decision");
    browser.findElement(By.id("i-title")).sendKeys(title);
    browser.findElement(By.cssSelector("#item-form button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.id("agenda"), title));
    long itemId = agendaItem(meetingId, title).get("id").asLong();
    var item = By.cssSelector(".item[data-item='" + itemId + "']");
    assertThat(browser.findElement(item).getText()).contains("להחלטה", "פתוח",
        "להצבעה יש לרשום קודם את הנוכחות");

    for (String member : PRESENT) {
      browser.findElement(By.cssSelector("#members input.present[value='" + member + "']")).click();
    }
    browser.findElement(By.cssSelector("#attendance-form button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.id("quorum"), "יש מניין"));
    assertThat(browser.findElement(By.id("quorum")).getText()).contains("נכחו 4 מתוך 6");
    assertThat(browser.findElement(By.cssSelector("#members input.present[value='irit-gal']")).isSelected()).isFalse();

    var ballot = By.cssSelector("form.vote-form[data-item='" + itemId + "']");
    choose(itemId, "avner-golan", "for");
    choose(itemId, "eli-mizrahi", "for");
    choose(itemId, "noa-barak", "against");
    browser.findElement(ballot).findElement(By.cssSelector("textarea.wording")).sendKeys("התכנית מאושרת");
    browser.findElement(ballot).findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(visibilityOfElementLocated(By.cssSelector("form.vote-form .error-box")));
    assertThat(browser.findElement(By.cssSelector("form.vote-form .error-box")).getText())
        .contains("לכל נוכח/ת יש לבחור בעד, נגד או נמנע/ת");
    assertThat(chosen(itemId, "noa-barak", "against")).as("what was chosen stays").isTrue();
    assertThat(browser.findElement(ballot).findElement(By.cssSelector("textarea.wording")).getAttribute("value"))
        .isEqualTo("התכנית מאושרת");
    assertThat(agendaItem(meetingId, title).get("votes")).as("nothing recorded").isEmpty();
    Accessibility.assertNoViolations(browser, "the meetings page with a refused vote");

    choose(itemId, "orna-katz", "for");
    browser.findElement(ballot).findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(textToBePresentInElementLocated(By.cssSelector(".item[data-item='" + itemId + "'] .votes"), "אושר"));
    assertThat(browser.findElement(By.cssSelector(".item[data-item='" + itemId + "'] .votes tbody tr")).getText())
        .contains("בישיבה", "3", "1", "0", "אושר", "התכנית מאושרת");
    assertThat(browser.findElements(ballot)).as("one vote decides it at this meeting").isEmpty();
    assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("ההצבעה נרשמה.");
    var vote = agendaItem(meetingId, title).get("votes").get(0);
    assertThat(vote.get("outcome").asText()).isEqualTo("APPROVED");
    assertThat(vote.get("inFavour").asLong()).isEqualTo(3);
    shoot("meeting-strategy-unit");

    recordAndApprove(meetingId);
    openYear(year);
    var panel = browser.findElement(By.cssSelector(".committee[data-committee='steering']"));
    assertThat(panel.findElement(By.cssSelector("tr[data-meeting='" + meetingId + "']")).getText())
        .contains("הפרוטוקול אושר", "שלא מן המניין");
    assertThat(panel.getText()).contains(title, "אושר", "בישיבה מ-");
    assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
    shoot("year-strategy-unit");
  }

  @Test
  void aManagerInNoCommitteeSeesNoMeetingAndNoError() throws Exception {
    int year = VISIBILITY_YEAR;
    var day = businessDays.addBusinessDays(clock.today(), 5);
    long steering = addMeeting("steering", year, day.atTime(10, 0));
    long team = addMeeting("team-educational", year, day.atTime(17, 0));

    HeadlessChromium.logIn(browser, port, OUTSIDER);
    openYear(year);
    assertThat(browser.findElement(By.id("committees")).getText()).contains("אין בשנת " + year + " ישיבות");
    assertThat(browser.findElements(By.cssSelector(".committee"))).isEmpty();
    assertThat(browser.findElement(By.id("message")).isDisplayed()).as("no error").isFalse();
    assertThat(new TasklistUser(rest, OUTSIDER).get("/api/meetings?year=" + year, JsonNode.class).getBody()).isEmpty();
    shoot("year-outsider");
    openMeeting(steering);
    assertThat(browser.findElement(By.id("message")).getText())
        .isEqualTo("ישיבות ועדת היגוי גלויות לחברי הוועדה ולהנהלה בלבד");
    assertThat(browser.findElement(By.id("meeting-view")).isDisplayed()).as("nothing of the meeting").isFalse();
    Accessibility.assertNoViolations(browser, "the meetings page refusing a meeting");

    browser.manage().deleteAllCookies();
    HeadlessChromium.logIn(browser, port, TEAM_MEMBER);
    openYear(year);
    assertThat(browser.findElements(By.cssSelector(".committee"))).extracting(p -> p.getAttribute("data-committee"))
        .containsExactly("team-educational");
    assertThat(browser.findElement(By.cssSelector("tr[data-meeting='" + team + "']")).getText())
        .contains("מתוכננת", "חדר הישיבות של האגף");
    assertThat(browser.findElement(By.id("committees")).getText()).doesNotContain("ועדת היגוי");
    assertThat(browser.findElement(By.id("message")).isDisplayed()).isFalse();
    shoot("year-team-member");
  }

  private TasklistUser strategyUnit() {
    return new TasklistUser(rest, STRATEGY);
  }

  private long addMeeting(String committeeId, int year, LocalDateTime startsAt) {
    var answer = strategyUnit().send(HttpMethod.POST, "/api/meetings", "{\"committeeId\":\"" + committeeId
        + "\",\"year\":" + year + ",\"startsAt\":\"" + startsAt + "\"}");
    assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
    long id = answer.getBody().get("id").asLong();
    added.add(id);
    return id;
  }

  private JsonNode agendaItem(long meetingId, String title) {
    var meeting = strategyUnit().get("/api/meetings/" + meetingId, JsonNode.class).getBody();
    return StreamSupport.stream(meeting.get("agenda").spliterator(), false)
        .filter(item -> title.equals(item.get("title").asText())).findFirst().orElseThrow();
  }

  private void choose(long itemId, String member, String choice) {
    browser.findElement(By.cssSelector("form.vote-form[data-item='" + itemId + "'] input[data-member='" + member
        + "'][value='" + choice + "']")).click();
  }

  private boolean chosen(long itemId, String member, String choice) {
    return browser.findElement(By.cssSelector("form.vote-form[data-item='" + itemId + "'] input[data-member='"
        + member + "'][value='" + choice + "']")).isSelected();
  }

  /** The rest of the meeting's life as Tasklist takes it: agenda closed, record completed, minutes approved. */
  private void recordAndApprove(long meetingId) {
    complete(meetingId, MeetingsProcess.PREPARE_TASK, STRATEGY, Map.of("agendaReady", true));
    complete(meetingId, MeetingsProcess.RECORD_TASK, STRATEGY,
        Map.of(MeetingsProcess.SUMMARY, "נכחו ארבעה מחברי הוועדה. תכנית ההצטיידות אושרה."));
    complete(meetingId, MeetingsProcess.APPROVE_MINUTES_TASK, "avner-golan",
        Map.of(MeetingsProcess.MINUTES_DECISION, "approve"));
  }

  private void complete(long meetingId, String taskKey, String person, Map<String, Object> values) {
    var task = tasks.createTaskQuery().processInstanceBusinessKey("meeting-" + meetingId).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " of meeting " + meetingId).isNotNull();
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), person);
    }
    tasks.complete(task.getId(), values);
  }

  private void openMeeting(long meetingId) {
    browser.get("http://localhost:" + port + "/meetings/?meeting=" + meetingId);
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
  }

  private void openYear(int year) {
    browser.get("http://localhost:" + port + "/meetings/?year=" + year);
    wait.until(visibilityOfElementLocated(By.cssSelector("body[data-ready=true]")));
  }

  /** The page as it is now: checked against WCAG 2.1 AA ({@link Accessibility}), and a screenshot for a person. */
  private void shoot(String name) throws Exception {
    Accessibility.assertNoViolations(browser, "the meetings page, %s".formatted(name));
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve(name + ".png"));
  }
}
