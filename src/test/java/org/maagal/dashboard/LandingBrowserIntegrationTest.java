package org.maagal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Where people land after logging in to Tasklist, in a real browser: the strategy unit on the dashboard, a department
 * manager in Tasklist, someone sent to the login by a Maagal page back on that page; and nobody anywhere else than a
 * page of this site, whatever the login's address says. Opening Tasklist while logged in stays in Tasklist.
 */
@MaagalIntegrationTest
@BrowserTest
class LandingBrowserIntegrationTest {

  static final String STRATEGY = "noa-barak";
  static final String MANAGER = "itay-ron";
  static final String TASKLIST = "/camunda/app/tasklist/default/";

  @LocalServerPort
  int port;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void startTheBrowser() {
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  @Test
  void theStrategyUnitLandsOnTheDashboardAndOpensTasklistAgainWithoutBeingSentAway() {
    browser.get(url(TASKLIST));
    logInThroughTheForm(STRATEGY);

    wait.until(urlToBe(url("/dashboard/")));
    wait.until(presenceOfElementLocated(By.tagName("main")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");

    browser.get(url(TASKLIST));
    wait.until(presenceOfElementLocated(By.cssSelector("html[data-maagal-landing=logged-in]")));
    wait.until(presenceOfElementLocated(By.cssSelector(".task-filters")));
    assertThat(browser.getCurrentUrl()).as("already logged in: stays in Tasklist").startsWith(url(TASKLIST));
  }

  @Test
  void aDepartmentManagerStaysInTasklist() {
    browser.get(url(TASKLIST));
    logInThroughTheForm(MANAGER);

    wait.until(presenceOfElementLocated(By.cssSelector("html[data-maagal-landing=stay]")));
    wait.until(presenceOfElementLocated(By.cssSelector(".task-filters")));
    assertThat(browser.getCurrentUrl()).startsWith(url(TASKLIST));
  }

  @Test
  void aPageOpenedWithoutALoginComesBackAfterTheLogin() {
    browser.get(url("/dashboard/goals"));
    wait.until(presenceOfElementLocated(By.id("login")));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("נדרשת התחברות");
    Accessibility.assertNoViolations(browser, "the dashboard's notice that a login is needed");
    browser.findElement(By.id("login")).click();
    logInThroughTheForm(STRATEGY);

    wait.until(urlToBe(url("/dashboard/goals")));
    wait.until(presenceOfElementLocated(By.tagName("main")));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("he");
    assertThat(browser.findElement(By.id("nav-goals")).getAttribute("class")).contains("active");
  }

  @Test
  void aReturnAddressToAnotherSiteIsNotFollowed() {
    browser.get(url(TASKLIST + "?maagal-return=//evil.example/"));
    logInThroughTheForm(STRATEGY);

    wait.until(urlToBe(url("/dashboard/")));
    assertThat(browser.getCurrentUrl()).doesNotContain("evil");
  }

  @Test
  void anEncodedReturnAddressToAnotherSiteIsNotFollowed() {
    browser.get(url(TASKLIST + "?maagal-return=" + URLEncoder.encode("/.//evil.example/", StandardCharsets.UTF_8)));
    logInThroughTheForm(STRATEGY);

    wait.until(urlToBe(url("/dashboard/")));
    assertThat(browser.getCurrentUrl()).doesNotContain("evil");
  }

  @Test
  void onlyMaagalsOwnPagesAreReturnedTo() {
    browser.get(url(TASKLIST));
    logInThroughTheForm(MANAGER);
    wait.until(presenceOfElementLocated(By.cssSelector("html[data-maagal-landing=stay]")));

    var hostile = new ArrayList<String>(LandingControllerTest.NOT_OUR_PAGES);
    hostile.add("http://localhost:" + port + "/dashboard/");
    hostile.add(null);
    assertThat(ownPagePaths(LandingControllerTest.OWN_PAGES)).isEqualTo(LandingControllerTest.OWN_PAGES);
    var results = ownPagePaths(hostile);
    assertThat(results).hasSize(hostile.size());
    assertThat(IntStream.range(0, hostile.size()).filter(i -> results.get(i) != null).mapToObj(hostile::get))
        .as("followed").isEmpty();
  }

  /** The landing script's own check, run in the browser, so that its URL parser has the last word. */
  private List<?> ownPagePaths(List<String> addresses) {
    Object checked = browser.executeAsyncScript("""
        const [addresses, done] = arguments;
        const script = performance.getEntriesByType('resource').map(entry => entry.name)
            .find(name => name.includes('maagal/landing'));
        import(script).then(landing => done(addresses.map(landing.ownPagePath))).catch(error => done(String(error)));
        """, addresses);
    assertThat(checked).isInstanceOf(List.class);
    return (List<?>) checked;
  }

  /** Tasklist's own login form, as a person fills it. */
  private void logInThroughTheForm(String user) {
    var form = wait.until(presenceOfElementLocated(By.cssSelector("form[name=signinForm]")));
    wait.until(elementToBeClickable(form.findElement(By.cssSelector("input[type=text]")))).sendKeys(user);
    form.findElement(By.cssSelector("input[type=password]")).sendKeys("ein-karmit-demo");
    form.findElement(By.cssSelector("button[type=submit]")).click();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }
}
