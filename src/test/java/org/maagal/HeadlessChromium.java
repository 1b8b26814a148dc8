package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian {@code chromium} browser, headless, driven through the system's {@code chromedriver}
 * (the {@code chromium-driver} package that {@code .ci/run} installs), in the language a user's
 * browser would ask for. Tests that use it are marked {@link BrowserTest}.
 */
public final class HeadlessChromium {

  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final Dimension WINDOW = new Dimension(1400, 900);
  /** Whether the tests keep screenshots for a person to look at ({@link #shoot}). */
  private static final boolean SCREENSHOTS = Boolean.getBoolean("maagal.screenshots");
  private static ChromeDriver current;

  private HeadlessChromium() {
  }

  /** Whether the browser and its driver are here; {@link BrowserTest} skips the tests where not. */
  static boolean installed() {
    return missing().isEmpty();
  }

  /** What is missing: "chromium", "chromedriver", both, or nothing. */
  static String missing() {
    var missing = new ArrayList<String>();
    if (!Files.isExecutable(BROWSER)) {
      missing.add("chromium");
    }
    if (!Files.isExecutable(DRIVER)) {
      missing.add("chromedriver");
    }
    return String.join(" and ", missing);
  }

  /**
   * A wait of up to 30 seconds for what the browser is loading, looking every 50 ms (Selenium's own default, every
   * 500 ms, made each wait a quarter of a second longer than the page took, on average).
   */
  public static WebDriverWait waiting(WebDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
  }

  /**
   * Logs the demo user in through the web apps' login (the request Tasklist's login form sends) and hands the
   * session's cookies to the browser, which then opens our pages as that person. For the tests of our pages: loading
   * Tasklist costs seconds a test, and its login form and the landing after it have tests of their own
   * ({@link #logInToTasklist}).
   */
  public static void logIn(ChromeDriver browser, int port, String user) {
    logIn(browser, port, user, "ein-karmit-demo");
  }

  /** {@link #logIn(ChromeDriver, int, String)} with a password of the account's own (the admin's). */
  public static void logIn(ChromeDriver browser, int port, String user, String password) {
    var session = new WebappSession(port);
    try {
      assertThat(session.login(user, password, "tasklist")).as(user + " logs in").isEqualTo(200);
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException(user + " could not log in", failed);
    }
    // a cookie is set on the page's own site: a small page of the application that needs no login
    browser.get("http://localhost:" + port + "/actuator/health");
    session.cookies().forEach(cookie -> browser.manage().addCookie(
        new Cookie(cookie.getName(), cookie.getValue(), cookie.getPath() == null ? "/" : cookie.getPath())));
  }

  /**
   * Logs the demo user in to Tasklist, and tries once more when the first page did not load, as a
   * person would: a slow first load is no failure of ours. Returns once the person has landed: in Tasklist,
   * or on the dashboard for the strategy unit and the management ({@link #landed}).
   */
  public static void logInToTasklist(ChromeDriver browser, int port, String user) {
    if (!tryToLogIn(browser, port, user)) {
      assertThat(tryToLogIn(browser, port, user)).as(user + " logs in to Tasklist").isTrue();
    }
  }

  private static boolean tryToLogIn(ChromeDriver browser, int port, String user) {
    var wait = waiting(browser);
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    try {
      wait.until(page -> !page.findElements(By.cssSelector("input[type=password]")).isEmpty()
          || !page.findElements(By.cssSelector(".task-filters")).isEmpty());
      if (!browser.findElements(By.cssSelector(".task-filters")).isEmpty()) {
        return true;
      }
      browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
      browser.findElement(By.cssSelector("input[type=password]")).sendKeys("ein-karmit-demo");
      browser.findElement(By.cssSelector("button[type=submit]")).click();
      wait.until(HeadlessChromium::landed);
      return true;
    } catch (TimeoutException notLoggedIn) {
      return false;
    }
  }

  /**
   * After a fresh login, whether Tasklist's {@code maagal/landing.js} has decided: staying in Tasklist (its filters
   * shown, {@code <html data-maagal-landing="stay">}), or gone to a Maagal page whose content has loaded.
   */
  public static boolean landed(WebDriver page) {
    if (page.getCurrentUrl().contains("/camunda/app/tasklist/")) {
      return !page.findElements(By.cssSelector(".task-filters")).isEmpty()
          && !page.findElements(By.cssSelector("html[data-maagal-landing=stay]")).isEmpty();
    }
    return !page.findElements(By.tagName("main")).isEmpty();
  }

  /**
   * A new visitor of the application, Hebrew first: the browser tests' one fixture. The test JVM keeps one Chromium,
   * started by the first visitor and closed when the JVM ends. Each later visitor finds it as a new browser would be:
   * every cookie, the cache, and the storage of every site the last visitor opened cleared (through the DevTools
   * protocol, for the whole browser: Selenium's own cookie removal reaches only the page's site), in a new window.
   */
  public static synchronized ChromeDriver newVisitor() {
    if (current == null) {
      current = start("he-IL");
      Runtime.getRuntime().addShutdownHook(new Thread(HeadlessChromium::quitTheLast, "chromium-quit"));
      return current;
    }
    try {
      return clearedForANewVisitor();
    } catch (WebDriverException broken) {
      // a browser the last test left unusable (crashed, or held by a dialog): a new one, as before
      System.out.println("Chromium could not be cleared for a new visitor, so it is started afresh: " + broken);
      try {
        current.quit();
      } catch (WebDriverException alreadyGone) {
        // nothing left to close
      }
      current = start("he-IL");
      return current;
    }
  }

  private static ChromeDriver clearedForANewVisitor() {
    var sites = new LinkedHashSet<String>();
    var windows = current.getWindowHandles();
    for (String window : windows) {
      current.switchTo().window(window);
      sites.addAll(sitesOpened(current));
    }
    current.executeCdpCommand("Network.clearBrowserCookies", Map.of());
    current.executeCdpCommand("Network.clearBrowserCache", Map.of());
    for (String site : sites) {
      current.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", site, "storageTypes", "all"));
    }
    current.switchTo().newWindow(WindowType.WINDOW);
    String fresh = current.getWindowHandle();
    for (String window : windows) {
      current.switchTo().window(window).close();
    }
    current.switchTo().window(fresh);
    current.manage().window().setSize(WINDOW);
    return current;
  }

  /** The sites (scheme, host and port) of the pages this window has been on. */
  private static List<String> sitesOpened(ChromeDriver browser) {
    var history = (List<?>) browser.executeCdpCommand("Page.getNavigationHistory", Map.of()).get("entries");
    return history.stream().map(entry -> URI.create(String.valueOf(((Map<?, ?>) entry).get("url"))))
        .filter(page -> "http".equals(page.getScheme()) || "https".equals(page.getScheme()))
        .map(page -> page.getScheme() + "://" + page.getAuthority()).distinct().toList();
  }

  private static synchronized void quitTheLast() {
    if (current != null) {
      current.quit();
    }
  }

  /**
   * The window as it shows now, kept under {@code file} for a person to look at, when the tests are asked to keep
   * screenshots ({@code mvn verify -Dmaagal.screenshots=true}); otherwise nothing: a picture asserts nothing, and
   * taking them all costs the test run about half a minute. A failed browser test keeps its page always
   * ({@link BrowserTest}).
   */
  public static void shoot(ChromeDriver browser, Path file) throws IOException {
    if (SCREENSHOTS) {
      write(browser, file);
    }
  }

  /**
   * As {@link #shoot}, the whole page however long (up to 8,000 pixels) at the window's width; the window keeps its
   * size.
   */
  public static void shootWholePage(ChromeDriver browser, Path file) throws IOException {
    if (!SCREENSHOTS) {
      return;
    }
    var window = browser.manage().window().getSize();
    Object height = browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(window.width, Math.min(8000, Math.max(window.height,
        ((Number) height).intValue() + 120))));
    write(browser, file);
    browser.manage().window().setSize(window);
  }

  /**
   * What the browser shows when a test fails, for whoever reads the failure: a screenshot and the page's HTML with the
   * resources it loaded (their status and time), under {@code target/browser-failures/}. Nothing when no browser ran.
   */
  static synchronized void keepFailedPage(String name) {
    if (current == null) {
      return;
    }
    try {
      Path file = Path.of("target", "browser-failures", name + ".png");
      write(current, file);
      Files.writeString(file.resolveSibling(name + ".html"), current.getPageSource() + "\n<!-- resources: "
          + current.executeScript("return JSON.stringify(performance.getEntriesByType('resource').map("
          + "r => [r.name, r.responseStatus, Math.round(r.duration)]))") + " -->");
    } catch (IOException | RuntimeException unkept) {
      System.out.println("The failed page of " + name + " could not be kept: " + unkept);
    }
  }

  private static void write(ChromeDriver browser, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
  }

  /** A new browser whose preferred language is {@code language}, e.g. "he-IL". */
  private static ChromeDriver start(String language) {
    var options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=" + language,
        // as someone who asked their system for less motion: the dashboard's charts are drawn at once, not grown over
        // a second of frames while the page is checked and photographed
        "--force-prefers-reduced-motion");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    var service = new ChromeDriverService.Builder();
    service.usingDriverExecutable(DRIVER.toFile());
    var driver = new ChromeDriver(service.build(), options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
