package org.maagal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.CycleFastForward;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.budget.BudgetBook;
import org.maagal.goals.GoalTreeService;
import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.workplans.WorkPlanService;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

/**
 * The public site as a resident reads it, in a real browser with no login: a published year in Hebrew, Arabic and
 * English, on a desktop and on a phone-sized window without sideways scrolling, every page passing the accessibility
 * check, the way from the top of the page to the plan and to another language with the keyboard alone, and an
 * application to an open call, refused with what was typed kept, then sent.
 */
@MaagalIntegrationTest
@BrowserTest
class PublicSiteBrowserIntegrationTest {

  static final int YEAR = 2079;
  static final Path SHOTS = Path.of("target", "public-site-shots");
  static final Dimension PHONE = new Dimension(390, 844);

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
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;
  @Autowired
  WorkPlanService plans;
  @Autowired
  ApplicationLimits limits;

  private TestCycles cycles;

  @Test
  void aResidentReadsThePublishedYearInThreeLanguagesOnADesktopAndOnAPhone() throws Exception {
    publishTheWholeYear();
    var browser = HeadlessChromium.newVisitor();
    // a click returns before the next page is there: wait for what it has the browser load
    var wait = HeadlessChromium.waiting(browser);
    String site = "http://localhost:" + port + "/public/";

    browser.get(site);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("תכנית העבודה השנתית של העירייה");
    Accessibility.assertNoViolations(browser, "the public site's years");
    browser.findElement(By.linkText("התכנית של " + YEAR)).click();
    wait.until(ExpectedConditions.urlContains("/public/" + YEAR + "/"));
    assertThat(browser.getCurrentUrl()).endsWith("/public/" + YEAR + "/?lang=he");

    String target = goals.approvedTargets(YEAR).get(0).target();
    for (String language : new String[] {"he", "ar", "en"}) {
      browser.manage().window().setSize(new Dimension(1400, 900));
      browser.get(site + YEAR + "/?lang=" + language);
      var html = browser.findElement(By.tagName("html"));
      assertThat(html.getAttribute("lang")).isEqualTo(language);
      assertThat(html.getAttribute("dir")).isEqualTo(language.equals("en") ? "ltr" : "rtl");
      assertThat(browser.findElement(By.tagName("main")).getText()).contains(target);
      assertThat(browser.findElements(By.cssSelector(".status"))).isNotEmpty();
      Accessibility.assertNoViolations(browser, "the published year in " + language);
      shoot(browser, "year-" + language + "-desktop");
      browser.manage().window().setSize(PHONE);
      assertThat((Boolean) browser.executeScript(
          "return document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling on a phone")
          .isTrue();
      Accessibility.assertNoViolations(browser, "the published year in " + language + " on a phone");
      shoot(browser, "year-" + language + "-phone");
    }

    browser.manage().window().setSize(new Dimension(1400, 900));
    for (String page : new String[] {"accessibility", "accessibility?lang=ar", "1999/"}) {
      browser.get(site + page);
      Accessibility.assertNoViolations(browser, "the public page " + page);
    }
    shoot(browser, "missing-year");

    // the keyboard alone: the first Tab reaches "skip to content", Enter goes to the plan, and a language is chosen
    browser.get(site + YEAR + "/");
    var body = browser.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    var skip = browser.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("דלג לתוכן");
    assertThat(skip.getCssValue("outline-style")).isEqualTo("solid");
    skip.sendKeys(Keys.ENTER);
    assertThat(browser.getCurrentUrl()).endsWith("#content");
    browser.get(site + YEAR + "/");
    for (int press = 0; press < 6; press++) {
      var focused = browser.switchTo().activeElement();
      if ("English".equals(focused.getText())) {
        focused.sendKeys(Keys.ENTER);
        break;
      }
      focused.sendKeys(Keys.TAB);
    }
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("English chosen by keyboard")
        .isEqualTo("en");

    // an open call, and a resident's application refused then sent
    var strategy = new TasklistUser(rest, "noa-barak");
    var call = strategy.send(HttpMethod.POST, "/api/meetings/calls", "{\"year\":" + YEAR + ",\"committeeId\":"
        + "\"team-social\",\"role\":\"נציג/ת ארגוני הרווחה\",\"requirements\":\"ניסיון בעבודה קהילתית\","
        + "\"closesOn\":\"" + java.time.LocalDate.now().plusDays(20) + "\"}");
    assertThat(call.getStatusCode().value()).as(String.valueOf(call.getBody())).isEqualTo(201);
    browser.get(site + "calls/");
    Accessibility.assertNoViolations(browser, "the open calls");
    browser.findElement(By.linkText("להגשת מועמדות")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name")));
    browser.findElement(By.id("name")).sendKeys("רון אלמוג");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("sector"))).selectByValue("CIVIL_SOCIETY");
    browser.findElement(By.id("email")).sendKeys("ron@example.org");
    browser.findElement(By.id("statement")).sendKeys(STATEMENT);
    // the browser's own check would stop a form without consent: the server's refusal is what is tried here
    browser.executeScript("document.getElementById('consent').removeAttribute('required')");
    browser.findElement(By.cssSelector("form.apply button[type=submit]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".problems")));
    assertThat(browser.findElement(By.cssSelector(".problems")).getText()).contains("יש לאשר את השימוש בפרטים");
    assertThat(browser.findElement(By.id("statement")).getAttribute("value")).isEqualTo(STATEMENT);
    Accessibility.assertNoViolations(browser, "a refused application");
    shoot(browser, "application-refused");
    browser.findElement(By.id("consent")).click();
    var send = browser.findElement(By.cssSelector("form.apply button[type=submit]"));
    send.click();
    // the click may return before the browser has left the refused page: wait until it has
    wait.until(ExpectedConditions.stalenessOf(send));
    assertThat(browser.findElements(By.cssSelector(".sent"))).as(() -> "thanked, not: "
        + browser.findElement(By.tagName("main")).getText()).singleElement()
        .satisfies(sent -> assertThat(sent.getText()).contains("תודה! הפנייה התקבלה"));
    Accessibility.assertNoViolations(browser, "an application sent");
    limits.forget();

    // the strategy unit reads it in Tasklist as it was written: a link or markup a resident types is text, not a link
    String taskId = tasks.createTaskQuery().taskDefinitionKey("screenApplication").processVariableValueEquals("year",
        YEAR).singleResult().getId();
    HeadlessChromium.logInToTasklist(browser, port, "noa-barak");
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
    var statement = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".fjs-container textarea[id$='applicantStatement']")));
    assertThat(statement.getAttribute("value")).isEqualTo(STATEMENT);
    assertThat(browser.findElements(By.cssSelector(".fjs-container a[href*='evil.example']"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector(".fjs-container img"))).isEmpty();
    Accessibility.assertNoViolations(browser, "Tasklist with a resident's application to screen");
    shoot(browser, "tasklist-screening");
  }

  /** What a resident writes, with a link and markup that must stay text in the strategy unit's Tasklist. */
  static final String STATEMENT = "מתנדב בעמותה לנוער בסיכון. [לאישור מהיר לחצו כאן](https://evil.example/login)"
      + " <img src=x onerror=alert(1)>";

  private void publishTheWholeYear() {
    cycles.toWorkPlans(YEAR);
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughWorkPlans(YEAR, plans, goals, budget);
    fastForward.throughMeasurementRound(YEAR, management, runtime);
    var strategy = new TasklistUser(rest, "noa-barak");
    for (String part : new String[] {"GOALS", "MONEY", "RESULTS"}) {
      var proposed = strategy.send(HttpMethod.POST, "/api/cycles/" + YEAR + "/publications",
          "{\"part\":\"" + part + "\"}");
      assertThat(proposed.getStatusCode().value()).as(String.valueOf(proposed.getBody())).isEqualTo(201);
    }
    atOnce.holdNow("steering", YEAR, Choice.FOR, "מאושר לפרסום");
  }

  private static void shoot(ChromeDriver browser, String name) throws Exception {
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve(name + ".png"));
  }

  @org.junit.jupiter.api.BeforeEach
  void setUp() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  @AfterEach
  void tearDown() {
    cycles.endAll();
  }
}
