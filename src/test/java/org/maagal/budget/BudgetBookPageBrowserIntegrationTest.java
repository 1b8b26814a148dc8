package org.maagal.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.TestWorkbook.row;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.spreadsheets.TestWorkbook;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The budget book page in a real browser. The treasury sees the book, uploads an Excel file, sees what it would
 * become while nothing is stored, saves it as a new version, and sees a wrong row named in Hebrew. A department
 * manager reads the book (the API gives any logged-in person all of it), opens on their own department, has no
 * upload, and a crafted import from the page's own login is refused with nothing stored.
 */
@MaagalIntegrationTest
@BrowserTest
class BudgetBookPageBrowserIntegrationTest {

  /** No cycle is started here (a budget import needs none); no other test imports a book this year. */
  static final int YEAR = 2079;
  /** BudgetBookIntegrationTest holds that this year has no book; this test only reads it. */
  static final int NO_BOOK_YEAR = 2099;
  static final String FINANCE = "eli-mizrahi";
  static final String YOUTH_MANAGER = "itay-ron";
  static final String HOSTILE_NAME = "<img src=x onerror=\"document.title='pwned'\">הכשרת מדריכים";
  static final Path SHOTS = Path.of("target", "budget-shots");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;

  ChromeDriver browser;
  WebDriverWait wait;

  @Test
  void theTreasuryPreviewsAFileWhileNothingIsStoredThenSavesItAsTheNextVersion() throws Exception {
    int before = importAsFinance("demo-budget-book.csv", new ClassPathResource("budget/demo-budget-book.csv")
        .getContentAsByteArray()).get("version").asInt();
    HeadlessChromium.logIn(browser, port, FINANCE);

    open(NO_BOOK_YEAR);
    assertThat(browser.findElement(By.id("message")).getText())
        .isEqualTo("אין ספר תקציב למעגל " + NO_BOOK_YEAR + ": הגזברות עוד לא העלתה אותו");
    assertThat(browser.findElement(By.id("book")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("upload-panel")).isDisplayed()).isTrue();
    assertThat(browser.findElement(By.id("template")).getAttribute("href"))
        .endsWith("/api/cycles/" + NO_BOOK_YEAR + "/budget/template.xlsx");
    Accessibility.assertNoViolations(browser, "the budget book of a year without one");

    open(YEAR);
    var old = book(FINANCE);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    assertThat(browser.findElement(By.id("version")).getText()).isEqualTo("גרסה " + before);
    assertThat(browser.findElement(By.id("facts")).getText())
        .contains("ייבוא: demo-budget-book.csv", FINANCE, shekels(old.get("total").decimalValue()));
    assertThat(rowOf("#ceilings", "מחלקת נוער וצעירים")).contains(shekels(ceilingOf(old, "youth")));
    assertThat(browser.findElements(By.cssSelector("#departments .department"))).hasSize(20);

    // as a treasury keeps it: explanations first, the operating budget in thousands with a subtotal, then the תב"ר
    var header = row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום (באלפי ש\"ח)", "סוג תקציב", "מקור מימון", "גורם מממן",
        "הערות");
    Path file = Files.write(Files.createDirectories(SHOTS).resolve("budget-" + YEAR + ".xlsx"), new TestWorkbook()
        .sheet("הסבר", row("ספר התקציב " + YEAR + ": הסכומים באלפי ש\"ח"))
        .sheet("תקציב רגיל", header,
            row("1817000750", "תמיכה בתנועות הנוער", "מחלקת נוער וצעירים", 620, "רגיל", "עירוני"),
            row("1813000750", "תכניות העשרה בבתי הספר", "מחלקת בתי ספר", 1_250, "רגיל", "משרד ממשלתי", "משרד החינוך",
                "לפי החלטת המועצה"),
            row(null, "סה\"כ תקציב רגיל", null, 1_870))
        .sheet("תב\"ר", header,
            row("תב\"ר 1817", "שיפוץ מרכז הנוער", "youth", 475, null, "קרן", "קרן עין כרמית לחינוך ולקהילה"))
        .bytes());
    choose(file);

    var preview = wait.until(visibilityOfElementLocated(By.id("preview")));
    assertThat(browser.findElement(By.id("preview-summary")).getText()).contains("3 סעיפים", "2,345,000 ₪",
        "גרסה " + (before + 1), "דבר עוד לא נשמר");
    assertThat(browser.findElement(By.id("notices")).getText()).contains("הערות", "לא נקראה");
    var youthAfter = rowOf("#preview-ceilings", "מחלקת נוער וצעירים");
    assertThat(youthAfter).contains(shekels(ceilingOf(old, "youth")), "1,095,000 ₪", "עירוני 620,000 ₪",
        "קרן עין כרמית לחינוך ולקהילה 475,000 ₪");
    assertThat(rowOf("#preview-ceilings", "מחלקת בתי ספר")).contains("1,250,000 ₪", "משרד החינוך 1,250,000 ₪");
    assertThat(rowOf("#preview-ceilings", "דוברות ושיווק")).as("a department the file leaves without money")
        .contains(shekels(ceilingOf(old, "spokesperson")), "0 ₪");
    assertThat(browser.findElement(By.id("changed-count")).getText()).as("every department's ceiling changes")
        .isEqualTo("התקרה משתנה ב-20 מחלקות (מסומנות ברקע צהוב).");
    assertThat(browser.findElements(By.cssSelector("#preview-ceilings tr.changed"))).hasSize(20);
    assertTheSheets();
    Accessibility.assertNoViolations(browser, "the budget book, preview");
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve("preview.png"));

    assertThat(book(FINANCE).get("version").asInt()).as("nothing stored before the save").isEqualTo(before);
    assertThat(browser.findElement(By.id("version")).getText()).isEqualTo("גרסה " + before);

    browser.findElement(By.id("confirm")).click();
    wait.until(textToBePresentInElementLocated(By.id("message"), "ספר התקציב נשמר כגרסה " + (before + 1)));
    assertThat(preview.isDisplayed()).isFalse();
    var stored = book(FINANCE);
    assertThat(stored.get("version").asInt()).isEqualTo(before + 1);
    assertThat(stored.get("clauses").asInt()).isEqualTo(3);
    assertThat(browser.findElement(By.id("version")).getText()).isEqualTo("גרסה " + (before + 1));
    assertThat(browser.findElement(By.id("facts")).getText()).contains("ייבוא: budget-" + YEAR + ".xlsx",
        "2,345,000 ₪");
    assertThat(browser.findElements(By.cssSelector("#departments .department"))).extracting(WebElement::getText)
        .satisfiesExactly(
            schools -> assertThat(schools).contains("מחלקת בתי ספר", "1813000750", "תכניות העשרה בבתי הספר",
                "משרד החינוך (משרד ממשלתי)", "1,250,000 ₪"),
            youth -> assertThat(youth).contains("מחלקת נוער וצעירים", "1,095,000 ₪", "תב\"ר 1817", "שיפוץ מרכז הנוער",
                "תב\"ר", "קרן עין כרמית לחינוך ולקהילה (קרן פילנתרופית)", "475,000 ₪", "620,000 ₪"));
    Accessibility.assertNoViolations(browser, "the budget book, saved");
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve("saved.png"));

    Path wrong = Files.write(SHOTS.resolve("wrong.xlsx"), workbook(List.of(
        List.of("1817000750", "תמיכה בתנועות הנוער", "מחלקת נוער וצעירים", 620_000, "", "", "", ""),
        List.of("1813000760", "העשרה", "מחלקת חינוך מיוחד", 100_000, "", "", "", ""))));
    choose(wrong);

    wait.until(visibilityOfElementLocated(By.cssSelector("#problems li")));
    assertThat(browser.findElement(By.id("message")).getText()).startsWith("ספר התקציב לא נקלט: נמצאו 1 בעיות");
    assertThat(browser.findElements(By.cssSelector("#problems li"))).extracting(WebElement::getText)
        .containsExactly("שורה 3, עמודה C (מחלקה): המחלקה 'מחלקת חינוך מיוחד' אינה מחלקה ברשות");
    assertThat(browser.findElement(By.id("preview")).isDisplayed()).isFalse();
    assertThat(book(FINANCE).get("version").asInt()).as("nothing stored from a wrong file").isEqualTo(before + 1);
    Accessibility.assertNoViolations(browser, "the budget book, refused");
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve("refused.png"));
  }

  @Test
  void aDepartmentManagerReadsTheBookFromTheirOwnDepartmentAndCannotImportEvenByHand() throws Exception {
    importAsFinance("youth.xlsx", workbook(List.of(
        List.of("1817000750", "תמיכה בתנועות הנוער", "מחלקת נוער וצעירים", 620_000, "", "", "", ""),
        List.of("1817000760", HOSTILE_NAME, "youth", 80_000, "", "", "", ""),
        List.of("1813000750", "תכניות העשרה בבתי הספר", "schools", 1_250_000, "", "", "", ""))));
    int version = book(FINANCE).get("version").asInt();
    HeadlessChromium.logIn(browser, port, YOUTH_MANAGER);

    open(YEAR);

    assertThat(browser.findElements(By.id("upload-panel"))).as("no upload for a department").isEmpty();
    assertThat(new Select(browser.findElement(By.id("department"))).getFirstSelectedOption().getText())
        .isEqualTo("מחלקת נוער וצעירים");
    assertThat(browser.getCurrentUrl()).endsWith("?year=" + YEAR + "&department=youth");
    var youth = browser.findElement(By.id("department-youth"));
    assertThat(browser.findElements(By.cssSelector("#departments .department"))).containsExactly(youth);
    assertThat(youth.getText()).contains("700,000 ₪", "620,000 ₪", "80,000 ₪", HOSTILE_NAME);
    assertThat(youth.findElements(By.tagName("img"))).as("a clause's name is text, never markup").isEmpty();
    assertThat(browser.getTitle()).isEqualTo("ספר התקציב " + YEAR + " · מעגל");
    assertThat(browser.findElements(By.cssSelector("#ceilings tbody tr"))).hasSize(1);

    // the API gives any logged-in person the whole book, and the page shows it on request
    var allowed = book(YOUTH_MANAGER);
    new Select(browser.findElement(By.id("department"))).selectByVisibleText("כל המחלקות");
    assertThat(browser.findElements(By.cssSelector("#departments .department h2")))
        .extracting(heading -> heading.getText().split("\n")[0])
        .containsExactly("מחלקת בתי ספר", "מחלקת נוער וצעירים");
    assertThat(browser.findElements(By.cssSelector("#ceilings tbody tr"))).hasSize(allowed.get("departments").size());
    Accessibility.assertNoViolations(browser, "the budget book, department-manager");
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve("department-manager.png"));

    // an attacker with the manager's login sends the page's own request, with its CSRF token: refused, as a role
    @SuppressWarnings("unchecked")
    var outcomes = (List<String>) browser.executeAsyncScript("""
        const done = arguments[arguments.length - 1];
        import('/common/page.js').then(async page => {
          const outcomes = [];
          for (const query of ['?dryRun=true', '']) {
            const form = new FormData();
            form.append('file', new Blob([arguments[0]], { type: 'text/csv' }), 'budget.csv');
            try {
              await page.api(`/api/cycles/${arguments[1]}/budget/import${query}`, { method: 'POST', body: form });
              outcomes.push('accepted');
            } catch (error) {
              outcomes.push(`${error.status} ${error.message}`);
            }
          }
          done(outcomes);
        });""", "קוד סעיף,שם הסעיף,מחלקה,סכום\n1817000750,תמיכה,youth,9999999\n", YEAR);
    assertThat(outcomes).containsExactly("403 אין לך הרשאה לפעולה זו", "403 אין לך הרשאה לפעולה זו");
    assertThat(book(FINANCE).get("version").asInt()).isEqualTo(version);
  }

  /** The sheets as the import read them: each one named, read or not and why, its unit, the rows it left out. */
  private void assertTheSheets() {
    var rows = browser.findElements(By.cssSelector("#sheets tbody tr")).stream().map(row -> row.getText()).toList();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).contains("הסבר", "לא נקרא: לא נמצאה בו שורת כותרות");
    assertThat(rows.get(1)).contains("תקציב רגיל", "נקרא", "2", "אלפי ש\"ח", "שורות סיכום", "שורה 4");
    assertThat(rows.get(2)).contains("תב\"ר", "נקרא", "1", "אלפי ש\"ח");
  }

  private void open(int year) {
    browser.get("http://localhost:" + port + "/budget/?year=" + year);
    wait.until(presenceOfElementLocated(By.cssSelector("body[data-ready=true]")));
  }

  private void choose(Path file) {
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
  }

  /** The row of the table in {@code container} that names the department. */
  private String rowOf(String container, String department) {
    return browser.findElements(By.cssSelector(container + " tbody tr")).stream().map(WebElement::getText)
        .filter(text -> text.startsWith(department)).findFirst().orElseThrow();
  }

  private JsonNode book(String user) throws IOException {
    var answer = rest.withBasicAuth(user, "ein-karmit-demo").getForEntity("/api/cycles/" + YEAR + "/budget",
        String.class);
    assertThat(answer.getStatusCode().value()).as(user + " reads the book").isEqualTo(200);
    return read(answer);
  }

  private static BigDecimal ceilingOf(JsonNode book, String departmentId) {
    for (JsonNode department : book.get("departments")) {
      if (department.get("departmentId").asText().equals(departmentId)) {
        return department.at("/ceilings/total").decimalValue();
      }
    }
    throw new AssertionError("no department " + departmentId);
  }

  /** "1,250,000 ₪", as the page writes shekels. */
  private static String shekels(BigDecimal amount) {
    return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(amount) + " ₪";
  }

  /** A budget book as the treasury's Excel has it: the headers, a column the reader does not know, the rows. */
  /** A book of one sheet under the treasury's headers (and a column of notes, which is not read). */
  private static byte[] workbook(List<List<Object>> rows) {
    var sheet = new ArrayList<List<?>>();
    sheet.add(row("קוד סעיף", "שם הסעיף", "מחלקה", "סכום", "סוג תקציב", "מקור מימון", "גורם מממן", "הערות"));
    sheet.addAll(rows);
    return new TestWorkbook().sheet("ספר התקציב", sheet.toArray(List[]::new)).bytes();
  }

  private JsonNode importAsFinance(String fileName, byte[] content) throws IOException {
    var answer = upload(FINANCE, fileName, content, false);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    return read(answer);
  }

  private ResponseEntity<String> upload(String user, String fileName, byte[] content, boolean dryRun) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "ein-karmit-demo").postForEntity(
        "/api/cycles/" + YEAR + "/budget/import" + (dryRun ? "?dryRun=true" : ""), new HttpEntity<>(body, headers),
        String.class);
  }

  private static JsonNode read(ResponseEntity<String> response) throws IOException {
    return new ObjectMapper().readTree(response.getBody());
  }

  @BeforeEach
  void startTheBrowser() {
    browser = HeadlessChromium.newVisitor();
    wait = HeadlessChromium.waiting(browser);
  }

  /**
   * The year ends with the demo book again: a cycle started later in a later year opens with a copy of the newest
   * earlier book (BudgetBook.openBook), and BudgetBookIntegrationTest's first year counts on that being whole.
   */
  @AfterEach
  void theYearKeepsTheDemoBook() throws IOException {
    importAsFinance("demo-budget-book.csv", new ClassPathResource("budget/demo-budget-book.csv").getContentAsByteArray());
  }
}
