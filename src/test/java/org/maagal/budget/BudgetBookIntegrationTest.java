package org.maagal.budget;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.TestWorkbook.row;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maagal.spreadsheets.TestWorkbook;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The cycle's budget book through the API: opened when the cycle starts, replaced by the treasury's
 * imports as new versions, a wrong file refused whole. Imports go to years above the first, so that
 * the first year's book stays the demo book copied forward.
 */
@MaagalIntegrationTest
class BudgetBookIntegrationTest {

  static final int DEMO_YEAR = 2090;
  static final int IMPORT_YEAR = 2091;
  static final int REFUSAL_YEAR = 2092;
  static final int DRY_RUN_YEAR = 2093;
  static final int SOURCES_YEAR = 2094;

  static final String HEADER = "קוד סעיף,שם הסעיף,מחלקה,סכום,סוג תקציב,מקור מימון,גורם מממן";
  static final String SCHOOLS_BOOK = String.join("\n", HEADER,
      "1813000750,תכניות העשרה בבתי הספר,מחלקת בתי ספר,\"1,250,000\",רגיל,משרד ממשלתי,משרד החינוך",
      "1815000750,תגבור לימודי לקראת בגרות,schools,980000,רגיל,משרד ממשלתי,משרד החינוך",
      "1813100780,מרחבי למידה,schools,450000,רגיל,קרן,קרן עין כרמית לחינוך ולקהילה",
      "\"תב\"\"ר 1431\",שיפוץ מבני בתי ספר,schools,3750000,תב\"ר,עירוני,",
      "1817000750,תמיכה בתנועות הנוער,מחלקת נוער וצעירים,620000,,,");

  @Autowired
  TestRestTemplate rest;

  @Autowired
  BudgetBookVersions books;

  @Autowired
  BudgetBook budgetBook;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void theDemoBookIsTheCycleBookOnceTheCycleStarts() throws IOException {
    open(DEMO_YEAR);

    var youth = get("yael-dror", "/api/cycles/" + DEMO_YEAR + "/budget?department=youth");

    assertThat(youth.getStatusCode().value()).isEqualTo(200);
    var body = read(youth);
    assertThat(body.get("source").asText()).matches(".*(demo-budget-book\\.csv|העתק של ספר התקציב של \\d{4}).*");
    assertThat(body.get("departments")).singleElement().satisfies(department -> {
      assertThat(department.get("departmentId").asText()).isEqualTo("youth");
      assertThat(department.get("departmentName").asText()).isEqualTo("מחלקת נוער וצעירים");
      assertThat(department.at("/ceilings/total").decimalValue()).isEqualByComparingTo(youthTotalInTheDemoFile());
      assertThat(department.get("clauses")).extracting(clause -> clause.get("name").asText())
          .contains("תמיכה בתנועות הנוער", "הכשרת מדריכים ומדריכות");
    });
    assertThat(budgetBook.ceilingsOf(DEMO_YEAR, "youth").total()).isEqualByComparingTo(youthTotalInTheDemoFile());
    var all = read(get("yael-dror", "/api/cycles/" + DEMO_YEAR + "/budget"));
    assertThat(all.get("departments")).hasSize(20)
        .allSatisfy(department -> assertThat(department.get("clauses").size()).isBetween(3, 6));
  }

  @Test
  void anImportReplacesTheCurrentBookAsVersionTwoAndKeepsVersionOne() throws IOException {
    open(IMPORT_YEAR);
    assertThat(books.findByCycleYearOrderByNumberAsc(IMPORT_YEAR)).extracting(BudgetBookVersion::number)
        .containsExactly(1);
    var firstClauses = clausesOfVersion(IMPORT_YEAR, 1);

    var imported = upload("eli-mizrahi", IMPORT_YEAR, "budget-" + IMPORT_YEAR + ".csv", SCHOOLS_BOOK, false);

    assertThat(imported.getStatusCode().value()).isEqualTo(201);
    var summary = read(imported);
    assertThat(summary.get("version").asInt()).isEqualTo(2);
    assertThat(summary.get("dryRun").asBoolean()).isFalse();
    assertThat(summary.get("clauses").asInt()).isEqualTo(5);
    assertThat(summary.get("total").decimalValue()).isEqualByComparingTo("7050000");
    var current = read(get("dina-shoham", "/api/cycles/" + IMPORT_YEAR + "/budget"));
    assertThat(current.get("version").asInt()).isEqualTo(2);
    assertThat(current.get("source").asText()).isEqualTo("ייבוא: budget-" + IMPORT_YEAR + ".csv");
    assertThat(current.get("createdBy").asText()).isEqualTo("eli-mizrahi");
    assertThat(current.get("clauses").asInt()).isEqualTo(5);
    var versions = books.findByCycleYearOrderByNumberAsc(IMPORT_YEAR);
    assertThat(versions).extracting(BudgetBookVersion::number).containsExactly(1, 2);
    assertThat(clausesOfVersion(IMPORT_YEAR, 1)).isEqualTo(firstClauses).isNotEmpty();
    assertThat(budgetBook.clausesOf(IMPORT_YEAR, "youth")).extracting(BudgetClause::code).containsExactly("1817000750");
  }

  @Test
  void aBadFileIsRefusedWholeWithEveryWrongRowNamedAndNothingChanges() throws IOException {
    open(REFUSAL_YEAR);
    int versionsBefore = books.findByCycleYearOrderByNumberAsc(REFUSAL_YEAR).size();
    var before = read(get("noa-barak", "/api/cycles/" + REFUSAL_YEAR + "/budget"));
    String bad = String.join("\n", HEADER,
        "1813000750,העשרה,מחלקת חינוך מיוחד,100,,,",
        "1813000760,תקין,schools,100,,,",
        "1813000770,תגבור,schools,-5,,,",
        "1813000760,כפול,schools,100,,,",
        "1813000780,מרחבי למידה,schools,100,,משרד ממשלתי,");

    var refused = upload("noa-barak", REFUSAL_YEAR, "bad.csv", bad, false);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    var problem = read(refused);
    assertThat(problem.get("detail").asText()).startsWith("ספר התקציב לא נקלט: נמצאו 4 בעיות");
    assertThat(problem.get("errors")).extracting(error -> error.get("row").asInt()).containsExactly(2, 4, 5, 6);
    assertThat(problem.get("errors")).extracting(error -> error.get("message").asText()).containsExactly(
        "שורה 2, עמודה C (מחלקה): המחלקה 'מחלקת חינוך מיוחד' אינה מחלקה ברשות",
        "שורה 4, עמודה D (סכום): הסכום -5 שלילי; סכום של סעיף הוא אפס ומעלה",
        "שורה 5, עמודה A (קוד סעיף): קוד הסעיף '1813000760' כבר מופיע בשורה 3",
        "שורה 6, עמודה G (גורם מממן): חסר גורם מממן: במקור מימון 'משרד ממשלתי' יש לכתוב את שם הגורם המממן");
    assertThat(problem.get("errors").get(0).get("column").asText()).isEqualTo("C");
    assertThat(problem.get("errors").get(0).get("header").asText()).isEqualTo("מחלקה");
    assertThat(books.findByCycleYearOrderByNumberAsc(REFUSAL_YEAR)).hasSize(versionsBefore);
    assertThat(read(get("noa-barak", "/api/cycles/" + REFUSAL_YEAR + "/budget"))).isEqualTo(before);
  }

  @Test
  void aDryRunAnswersWhatWouldBeStoredAndStoresNothing() throws IOException {
    open(DRY_RUN_YEAR);
    int versionsBefore = books.findByCycleYearOrderByNumberAsc(DRY_RUN_YEAR).size();

    var preview = upload("noa-barak", DRY_RUN_YEAR, "budget.csv", SCHOOLS_BOOK, true);

    assertThat(preview.getStatusCode().value()).isEqualTo(200);
    var body = read(preview);
    assertThat(body.get("dryRun").asBoolean()).isTrue();
    assertThat(body.get("version").asInt()).isEqualTo(versionsBefore + 1);
    assertThat(body.get("clauses").asInt()).isEqualTo(5);
    assertThat(body.get("total").decimalValue()).isEqualByComparingTo("7050000");
    assertThat(books.findByCycleYearOrderByNumberAsc(DRY_RUN_YEAR)).hasSize(versionsBefore);
    assertThat(read(get("noa-barak", "/api/cycles/" + DRY_RUN_YEAR + "/budget")).get("version").asInt())
        .isEqualTo(versionsBefore);
  }

  @Test
  void aTreasurysWorkbookIsPreviewedSheetBySheetAndAWrongTotalIsRefusedByItsSheetAndRow() throws IOException {
    open(DRY_RUN_YEAR);
    int versionsBefore = books.findByCycleYearOrderByNumberAsc(DRY_RUN_YEAR).size();
    var header = row("קוד סעיף", "שם הסעיף", "מחלקה", "תקציב 2027 (באלפי ש\"ח)");
    var operating = new Object[][] {{"1813000750", "תכניות העשרה", "schools", 1_250}, {"1828000110", "מרכז נוער",
        "youth", 185}};

    var preview = upload("eli-mizrahi", DRY_RUN_YEAR, "ספר התקציב.xlsx", new TestWorkbook()
        .sheet("הסבר", row("הסכומים באלפי ש\"ח"))
        .sheet("תקציב רגיל", header, row(operating[0]), row(operating[1]), row(null, "סה\"כ", null, 1_435))
        .sheet("תב\"ר", header, row("תב\"ר 1431", "שיפוץ מבני בתי ספר", "schools", 3_750))
        .sheet("הכנסות", header, row("1111000100", "ארנונה כללית", "גבייה", 24_000))
        .bytes(), true);

    assertThat(preview.getStatusCode().value()).isEqualTo(200);
    var body = read(preview);
    assertThat(body.get("clauses").asInt()).isEqualTo(3);
    assertThat(body.get("total").decimalValue()).isEqualByComparingTo("5185000");
    assertThat(body.get("sheets")).extracting(sheet -> sheet.get("name").asText() + ":" + sheet.get("read").asBoolean()
        + ":" + sheet.get("rows").asInt() + ":" + sheet.path("unit").asText()).containsExactly(
        "הסבר:false:0:", "תקציב רגיל:true:2:אלפי ש\"ח", "תב\"ר:true:1:אלפי ש\"ח", "הכנסות:true:0:אלפי ש\"ח");
    assertThat(body.get("sheets").get(3).get("skipped").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("24000000");
    assertThat(books.findByCycleYearOrderByNumberAsc(DRY_RUN_YEAR)).hasSize(versionsBefore);

    var refused = upload("eli-mizrahi", DRY_RUN_YEAR, "ספר התקציב.xlsx", new TestWorkbook()
        .sheet("תקציב רגיל", header, row(operating[0]), row(operating[1]), row(null, "סה\"כ", null, 1_500))
        .bytes(), false);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(read(refused).get("errors")).extracting(error -> error.get("message").asText()).containsExactly(
        "שורה 4, עמודה D (תקציב 2027 (באלפי ש\"ח)): שורת הסיכום היא 1,500,000 ש\"ח, אבל השורות שמעליה (שורות 2–3) "
            + "מסתכמות ב-1,435,000 ש\"ח");
    assertThat(books.findByCycleYearOrderByNumberAsc(DRY_RUN_YEAR)).hasSize(versionsBefore);
  }

  @Test
  void aDepartmentManagerMayReadTheBookButNotImportIt() {
    open(DRY_RUN_YEAR);
    int versionsBefore = books.findByCycleYearOrderByNumberAsc(DRY_RUN_YEAR).size();

    var refused = upload("yael-dror", DRY_RUN_YEAR, "budget.csv", SCHOOLS_BOOK, false);

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(books.findByCycleYearOrderByNumberAsc(DRY_RUN_YEAR)).hasSize(versionsBefore);
    assertThat(get("yael-dror", "/api/cycles/" + DRY_RUN_YEAR + "/budget").getStatusCode().value()).isEqualTo(200);
    assertThat(rest.getForEntity("/api/cycles/" + DRY_RUN_YEAR + "/budget", String.class).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void aDepartmentsCeilingsAreItsClausesInTotalAndPerFundingSource() throws IOException {
    open(SOURCES_YEAR);
    assertThat(upload("admin", SOURCES_YEAR, "budget.csv", SCHOOLS_BOOK, false).getStatusCode().value())
        .isEqualTo(201);

    var schools = read(get("hila-carmeli", "/api/cycles/" + SOURCES_YEAR + "/budget?department=schools"));

    var ceilings = schools.at("/departments/0/ceilings");
    assertThat(ceilings.get("total").decimalValue()).isEqualByComparingTo("6430000");
    assertThat(ceilings.get("bySource").properties()).extracting(entry -> entry.getKey())
        .containsExactly("עירוני", "משרד החינוך", "קרן עין כרמית לחינוך ולקהילה");
    assertThat(ceilings.at("/bySource/עירוני").decimalValue()).isEqualByComparingTo("3750000");
    assertThat(ceilings.at("/bySource/משרד החינוך").decimalValue()).isEqualByComparingTo("2230000");
    assertThat(ceilings.at("/bySource/קרן עין כרמית לחינוך ולקהילה").decimalValue()).isEqualByComparingTo("450000");
    assertThat(schools.at("/departments/0/clauses")).extracting(clause -> clause.get("code").asText())
        .containsExactly("1813000750", "1813100780", "1815000750", "תב\"ר 1431");
    var fromTheService = budgetBook.ceilingsOf(SOURCES_YEAR, "schools");
    assertThat(fromTheService.total()).isEqualByComparingTo("6430000");
    assertThat(fromTheService.bySource().get("משרד החינוך")).isEqualByComparingTo("2230000");
    assertThat(budgetBook.clause(SOURCES_YEAR, " תב\"ר 1431 ")).hasValueSatisfying(clause -> {
      assertThat(clause.type()).isEqualTo(BudgetType.DEVELOPMENT);
      assertThat(clause.source()).isEqualTo(FundingSource.MUNICIPAL);
      assertThat(clause.amount()).isEqualByComparingTo("3750000");
    });
    assertThat(budgetBook.clause(SOURCES_YEAR, "9999999999")).isEmpty();
    assertThat(budgetBook.ceilingsOf(SOURCES_YEAR, "tourism").total()).isEqualByComparingTo("0");
  }

  @Test
  void anEmptyTemplateExplainsEveryColumnAndAnUnknownDepartmentIsNotFound() throws IOException {
    open(DEMO_YEAR);

    var template = rest.withBasicAuth("yael-dror", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + DEMO_YEAR + "/budget/template.xlsx", byte[].class);
    var unknown = get("yael-dror", "/api/cycles/" + DEMO_YEAR + "/budget?department=no-such");
    var noBook = get("yael-dror", "/api/cycles/2099/budget");

    assertThat(template.getStatusCode().value()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("קוד סעיף");
      assertThat(workbook.getSheet("הסבר").getRow(4).getCell(1).getStringCellValue()).isEqualTo("סכום");
    }
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(read(unknown).get("detail").asText()).isEqualTo("המחלקה 'no-such' אינה מחלקה ברשות");
    assertThat(noBook.getStatusCode().value()).isEqualTo(404);
  }

  private List<BudgetClause> clausesOfVersion(int year, int number) {
    return transactions.execute(status -> books.findByCycleYearOrderByNumberAsc(year).get(number - 1).clauses());
  }

  private void open(int year) {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + year + "}"), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "ein-karmit-demo").getForEntity(path, String.class);
  }

  private static JsonNode read(ResponseEntity<String> response) throws IOException {
    return new ObjectMapper().readTree(response.getBody());
  }

  private ResponseEntity<String> upload(String user, int year, String fileName, String content, boolean dryRun) {
    return upload(user, year, fileName, content.getBytes(UTF_8), dryRun);
  }

  private ResponseEntity<String> upload(String user, int year, String fileName, byte[] content, boolean dryRun) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    String password = user.equals("admin") ? "city-hall-keys" : "ein-karmit-demo";
    return rest.withBasicAuth(user, password).postForEntity(
        "/api/cycles/" + year + "/budget/import" + (dryRun ? "?dryRun=true" : ""), new HttpEntity<>(body, headers),
        String.class);
  }

  /** The youth department's rows of the demo file, summed here from the file itself. */
  private static BigDecimal youthTotalInTheDemoFile() throws IOException {
    String text = new ClassPathResource("budget/demo-budget-book.csv").getContentAsString(UTF_8);
    List<org.apache.commons.csv.CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get()
        .parse(new StringReader(text)).getRecords();
    return records.stream().filter(row -> row.get("מחלקה").equals("מחלקת נוער וצעירים"))
        .map(row -> new BigDecimal(row.get("סכום").replace(",", ""))).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
