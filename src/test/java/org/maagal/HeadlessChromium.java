package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
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
   * Logs the demo user in through the web apps' login (the request Tasklist's login form sends) and hands the
   * session's cookies to the browser, which then opens our pages as that person. For the tests of our pages: loading
   * Tasklist costs seconds a test, and its login form and the landing after it have tests of their own
   * ({@link #logInToTasklist}).
   */
  public static void logIn(ChromeDriver browser, int port, String user) {
    var session = new WebappSession(port);
    try {
      assertThat(session.login(user, "ein-karmit-demo", "tasklist")).as(user + " logs in").isEqualTo(200);
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
    var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
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
   * A new browser for a new visitor of the application, Hebrew first: the browser tests' one fixture. The test
   * JVM keeps one browser at a time: this closes the one the last test used, and the last one is closed when the
   * JVM ends. (Reusing one browser with its cookies and storage cleared let a login outlive its test: the next
   * test found Tasklist logged in as the last user.)
   */
  public static synchronized ChromeDriver newVisitor() {
    if (current != null) {
      current.quit();
    } else {
      Runtime.getRuntime().addShutdownHook(new Thread(HeadlessChromium::quitTheLast, "chromium-quit"));
    }
    current = start("he-IL");
    return current;
  }

  private static synchronized void quitTheLast() {
    if (current != null) {
      current.quit();
    }
  }

  /** A screenshot of the whole page, however long, for a person to look at; the window keeps its size after. */
  public static void shootWholePage(ChromeDriver browser, Path file) throws IOException {
    Object height = browser.executeScript("return document.documentElement.scrollHeight");
    browser.manage().window().setSize(new Dimension(WINDOW.width, Math.max(WINDOW.height,
        ((Number) height).intValue() + 120)));
    Files.createDirectories(file.getParent());
    Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    browser.manage().window().setSize(WINDOW);
  }

  /** A new browser whose preferred language is {@code language}, e.g. "he-IL". */
  private static ChromeDriver start(String language) {
    var options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=" + WINDOW.width + "," + WINDOW.height, "--lang=" + language);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
    options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
    var service = new ChromeDriverService.Builder();
    service.usingDriverExecutable(DRIVER.toFile());
    var driver = new ChromeDriver(service.build(), options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
