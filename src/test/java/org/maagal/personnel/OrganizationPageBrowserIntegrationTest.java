package org.maagal.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maagal.Accessibility;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.maagal.organization.Organization;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The organisation page in a real browser: the admin downloads the organisation as it is, changes an e-mail in the
 * workbook as HR would, uploads it and sees, in Hebrew, the one change it would make, with nothing changed until the
 * button; a wrong row is named; a department manager is told the page is the admins'. Nothing is put in force here.
 */
@MaagalIntegrationTest
@BrowserTest
class OrganizationPageBrowserIntegrationTest {

  static final Path SHOTS = Path.of("target", "organization-shots");

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  Organization organization;

  @Test
  void theAdminSeesWhatHrsWorkbookWouldChangeBeforeItChangesAnything() throws Exception {
    var exported = rest.withBasicAuth("admin", "city-hall-keys").getForEntity("/api/admin/organization/export.xlsx",
        byte[].class).getBody();
    String changedPerson;
    Path edited = Files.createDirectories(SHOTS).resolve("מבנה ארגוני.xlsx");
    try (var book = new XSSFWorkbook(new java.io.ByteArrayInputStream(exported));
        var out = new ByteArrayOutputStream()) {
      var row = book.getSheet("עובדים").getRow(1);
      changedPerson = row.getCell(0).getStringCellValue();
      row.getCell(3).setCellValue(changedPerson + "@new-mail.example");
      book.write(out);
      Files.write(edited, out.toByteArray());
    }

    var browser = HeadlessChromium.newVisitor();
    var wait = HeadlessChromium.waiting(browser);
    HeadlessChromium.logIn(browser, port, "admin", "city-hall-keys");
    browser.get("http://localhost:" + port + "/organization");
    wait.until(visibilityOfElementLocated(By.id("admin-panel")));
    choose(browser, edited);
    wait.until(visibilityOfElementLocated(By.id("preview")));
    assertThat(browser.findElement(By.id("in-force")).getText()).contains("המבנה הנוכחי", "יחידות", "עובדים");
    assertThat(browser.findElement(By.id("preview-summary")).getText()).contains("ישנה 1 פרטים", "דבר עוד לא השתנה");
    assertThat(browser.findElement(By.id("changes")).getText()).contains("עובדים ששמם או הדוא\"ל שלהם שונו (1)",
        organization.personName(changedPerson));
    Accessibility.assertNoViolations(browser, "the organisation page, preview");
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve("preview.png"));
    browser.findElement(By.id("cancel")).click();
    assertThat(browser.findElement(By.id("message")).getText()).isEqualTo("העדכון בוטל; דבר לא השתנה.");
    Boolean noDirectoryPanel = wait.until(page -> page.findElements(By.id("directory-panel")).isEmpty());
    assertThat(noDirectoryPanel).as("no directory here: nothing of it on the page").isTrue();
    assertThat(organization.person(changedPerson).orElseThrow().email()).doesNotContain("new-mail");

    Path wrong = Files.writeString(SHOTS.resolve("wrong.csv"), "שם משתמש,שם פרטי,שם משפחה,יחידה\n"
        + "tal.levi,טל,,מחלקת קסמים\n", StandardCharsets.UTF_8);
    choose(browser, wrong);
    var problems = wait.until(visibilityOfElementLocated(By.id("problems")));
    assertThat(problems.getText()).contains("שורה 2", "חסר שם המשפחה", "\"מחלקת קסמים\" אינה בין היחידות");
    assertThat(browser.findElement(By.id("message")).getText()).contains("הארגון לא נקלט", "דבר לא שונה");
    Accessibility.assertNoViolations(browser, "the organisation page, a wrong row");
    HeadlessChromium.shootWholePage(browser, SHOTS.resolve("wrong-row.png"));

    browser = HeadlessChromium.newVisitor();
    HeadlessChromium.logIn(browser, port, "itay-ron");
    browser.get("http://localhost:" + port + "/organization/");
    HeadlessChromium.waiting(browser).until(visibilityOfElementLocated(By.id("not-admin")));
    assertThat(browser.findElements(By.id("admin-panel"))).isEmpty();
  }

  private static void choose(ChromeDriver browser, Path file) {
    browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
  }
}
