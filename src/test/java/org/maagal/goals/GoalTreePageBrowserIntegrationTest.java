package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
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
 * The goal tree page in a real browser, as the design committee's secretary uses it: reads the
 * draft right to left, uploads a broken spreadsheet and sees every bad row, uploads a good one,
 * sees what it would change, cancels, uploads it again and confirms it as a new draft version,
 * then compares the two versions; a department manager reads the tree but may not upload.
 */
@MaagalIntegrationTest
@BrowserTest
class GoalTreePageBrowserIntegrationTest {

  static final int YEAR = 2067;
  /** Where the screenshots of the preview and the comparison are kept for a reader to look at. */
  static final Path SHOTS = Path.of("target", "diff-shots");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;

  ChromeDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void theCycleIsOpen() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  @Test
  void theStrategyUnitReadsTheDraftAndUploadsARevision() throws Exception {
    openAs("noa-barak");

    WebElement firstDomain = wait.until(visibilityOfElementLocated(By.cssSelector("#tree .domain h2")));
    assertThat(firstDomain.getText()).isEqualTo("חינוך");
    assertThat(browser.findElement(By.id("tree")).getText()).contains("גרסה 1", "טיוטה", "בסיס 528 (2025) ← יעד 950 (2027)");
    assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).direction"))
        .isEqualTo("rtl");
    Accessibility.assertNoViolations(browser, "the goal tree, the strategy unit's");

    upload(Path.of("src/test/resources/goals/broken-goal-tree.csv"));
    wait.until(visibilityOfElementLocated(By.cssSelector("#problems li")));
    assertThat(browser.findElement(By.id("message")).getText()).contains("הקובץ לא נקלט");
    assertThat(browser.findElements(By.cssSelector("#problems li"))).extracting(WebElement::getText)
        .satisfiesExactly(row -> assertThat(row).startsWith("שורה 2:").contains("מחלקת חינוך מיוחד"),
            row -> assertThat(row).startsWith("שורה 4:").contains("הרבה"),
            row -> assertThat(row).startsWith("שורה 5:").contains("למעלה"));
    Accessibility.assertNoViolations(browser, "the goal tree with a refused file's problems");
    HeadlessChromium.shoot(browser, SHOTS.resolve("goal-tree-refused.png"));

    Path revision = Files.write(Path.of("target", "goal-tree-revision.csv"), GoalTreeDiffIntegrationTest.revision());
    upload(revision);
    WebElement preview = wait.until(visibilityOfElementLocated(By.id("preview")));
    assertThat(preview.getText()).contains("נקראו 71 שורות", "לעומת גרסה 1", "דבר עוד לא נשמר",
        GoalTreeDiffIntegrationTest.NEW_GOAL, "ערך יעד: 950 ← 1000");
    Accessibility.assertNoViolations(browser, "the goal tree with a revision's preview");
    browser.findElement(By.id("cancel")).click();
    wait.until(textToBePresentInElementLocated(By.id("message"), "דבר לא נשמר"));
    assertThat(preview.isDisplayed()).isFalse();

    upload(revision);
    wait.until(visibilityOfElementLocated(By.id("confirm")));
    HeadlessChromium.shoot(browser, SHOTS.resolve("goal-tree-preview.png"));
    browser.findElement(By.id("confirm")).click();
    wait.until(textToBePresentInElementLocated(By.id("message"), "הקובץ נקלט: טיוטה חדשה, גרסה 2"));
    assertThat(browser.findElement(By.id("problems")).isDisplayed()).isFalse();
    assertThat(preview.isDisplayed()).isFalse();
    assertThat(browser.findElements(By.cssSelector("#version option"))).as("every version, read page by page")
        .extracting(WebElement::getText).filteredOn(text -> text.startsWith("גרסה"))
        .satisfiesExactly(first -> assertThat(first).startsWith("גרסה 1"),
            second -> assertThat(second).startsWith("גרסה 2"));
    HeadlessChromium.shoot(browser, SHOTS.resolve("goal-tree-page.png"));

    // the link of the committee's vote and the steering committee's approval: version 2 against version 1
    browser.get("http://localhost:" + port + "/goals/?year=" + YEAR + "&diff=2");
    wait.until(textToBePresentInElementLocated(By.id("diff"), "מגרסה 1 לגרסה 2"));
    assertThat(browser.findElement(By.id("diff")).getText()).contains("נוספו (1)", GoalTreeDiffIntegrationTest.NEW_GOAL,
        "שונו (1)", "ערך יעד: 950 ← 1000").doesNotContain("הוסרו");
    Accessibility.assertNoViolations(browser, "the goal tree's differences between versions");
    HeadlessChromium.shoot(browser, SHOTS.resolve("goal-tree-diff.png"));
  }

  @Test
  void theCeoIndicatorsAreMarkedAndCanBeShownAlone() {
    openAs("noa-barak");
    wait.until(visibilityOfElementLocated(By.cssSelector("#tree .domain h2")));
    int indicators = browser.findElements(By.cssSelector("#tree .indicator")).size();
    var marked = browser.findElements(By.cssSelector("#tree .indicator .ceo"));
    assertThat(marked).hasSizeBetween(5, 8).allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("מדד מנכ\"ל"));

    browser.findElement(By.id("only-ceo")).click();
    Accessibility.assertNoViolations(browser, "the goal tree, only the CEO's indicators");

    assertThat(browser.findElements(By.cssSelector("#tree .indicator"))).hasSize(marked.size())
        .allSatisfy(indicator -> assertThat(indicator.findElements(By.cssSelector(".ceo"))).hasSize(1));
    assertThat(browser.findElements(By.cssSelector("#tree .domain h2"))).extracting(WebElement::getText)
        .doesNotContain("קהילה");
    browser.findElement(By.id("only-ceo")).click();
    assertThat(browser.findElements(By.cssSelector("#tree .indicator"))).hasSize(indicators);
  }

  @Test
  void aDepartmentManagerReadsTheTreeButCannotUpload() {
    openAs("itay-ron");
    wait.until(visibilityOfElementLocated(By.cssSelector("#tree .domain h2")));

    upload(Path.of("src/main/resources/goals/demo-goal-tree-2027.csv"));

    wait.until(textToBePresentInElementLocated(By.id("message"), "אין לך הרשאה"));
    Accessibility.assertNoViolations(browser, "the goal tree refusing a department manager's file");
  }

  @Test
  void theTasklistLoginIsEnoughToUploadFromThePage() throws Exception {
    HeadlessChromium.logIn(browser, port, "noa-barak");
    browser.get("http://localhost:" + port + "/goals/?year=" + YEAR);
    wait.until(visibilityOfElementLocated(By.cssSelector("#tree .domain h2")));
    assertThat(browser.findElement(By.cssSelector("#tree .vision")).getText()).as("the vision heads the tree")
        .startsWith("חזון העיר: עין כרמית");

    Path revision = Files.write(Path.of("target", "goal-tree-revision-session.csv"), GoalTreeDiffIntegrationTest.revision());
    upload(revision);

    // the preview is a POST: it passes only with the web apps' CSRF token, which the page sends
    wait.until(visibilityOfElementLocated(By.id("confirm")));
    assertThat(browser.findElement(By.id("preview")).getText()).contains("דבר עוד לא נשמר");
    browser.findElement(By.id("cancel")).click();
  }

  /** Logs in as the browser would after its login prompt: every request carries the person's Basic login. */
  private void openAs(String user) {
    String login = Base64.getEncoder().encodeToString((user + ":ein-karmit-demo").getBytes(StandardCharsets.UTF_8));
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + login)));
    browser.get("http://localhost:" + port + "/goals/?year=" + YEAR);
  }

  private void upload(Path file) {
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
  }
}
