package org.maagal.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.nio.file.Path;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.CycleFastForward;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TestCycles;
import org.maagal.meetings.MeetingsAtOnce;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The city's picture page in a real browser: a resident on the design committee reads the closed picture, right to
 * left, with its files; a department manager gets the Hebrew refusal and none of it.
 */
@MaagalIntegrationTest
@BrowserTest
class CityPicturePageBrowserIntegrationTest {

  static final int YEAR = 2028;
  static final Path SHOTS = Path.of("target", "picture-shots");

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

  ChromeDriver browser;
  WebDriverWait wait;
  private TestCycles cycles;

  @Test
  void aDesignCommitteeMemberReadsThePictureAndADepartmentManagerIsRefused() throws Exception {
    cycles.start(YEAR);
    new CycleFastForward(tasks, atOnce).throughSituationAssessment(YEAR);

    HeadlessChromium.logIn(browser, port, CityPictureIntegrationTest.DESIGN_MEMBER);
    open();
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("תמונת העיר · " + YEAR);
    assertThat(browser.findElement(By.id("state")).getText()).startsWith("נסגר בידי");
    assertThat(browser.findElement(By.id("summary")).getText()).isEqualTo("סיכום תמונת העיר");
    assertThat(browser.findElement(By.id("figures")).getText()).contains("שביעות רצון התושבים (%)", "71.5");
    assertThat(browser.findElement(By.id("channels")).getText()).contains("צוות עבודה חינוכי", "זירת ההורים");
    assertThat(browser.findElement(By.id("domains")).getText()).contains("מחלקת נוער וצעירים");
    assertThat(browser.findElement(By.id("picture-pdf")).getAttribute("href"))
        .endsWith("/api/cycles/" + YEAR + "/picture.pdf");
    Accessibility.assertNoViolations(browser, "the city's picture");
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve("design-member.png"));

    browser.manage().deleteAllCookies();
    HeadlessChromium.logIn(browser, port, "yael-dror");
    open();
    assertThat(browser.findElement(By.id("message")).getText()).startsWith("תמונת העיר גלויה להנהלה");
    assertThat(browser.findElement(By.id("domains")).isDisplayed()).isFalse();
    Accessibility.assertNoViolations(browser, "the city's picture refusing a department manager");
  }

  private void open() {
    browser.get("http://localhost:" + port + "/picture/?year=" + YEAR);
    wait.until(presenceOfElementLocated(By.cssSelector("body[data-ready=true]")));
  }

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
}
