package org.maagal.budget;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maagal.spreadsheets.SheetProblem;

/** The treasury's budget book files, built in the test, and what is read from each or why it is refused. */
class BudgetBookSheetsTest {

  static final String HEADER = "קוד סעיף,שם הסעיף,מחלקה,סכום,סוג תקציב,מקור מימון,גורם מממן";
  static final Map<String, String> DEPARTMENTS = Map.of(
      "schools", "מחלקת בתי ספר", "youth", "מחלקת נוער וצעירים", "sanitation", "מחלקת שפ\"ע וחזות העיר");

  static final FundingSource EDUCATION_MINISTRY = new FundingSource(FundingKind.GOVERNMENT, "משרד החינוך");

  @Test
  void everyColumnIsReadWithDepartmentsByNameOrIdAndAmountsAsTheSheetShowsThem() {
    var book = csv(HEADER,
        "1813000750,תכניות העשרה,מחלקת בתי ספר,\"1,250,000\",רגיל,משרד ממשלתי,משרד החינוך",
        "\"תב\"\"ר 1431\",שיפוץ מבני בתי ספר,schools,3750000.5,תב\"ר,עירוני,",
        "8-120-4,הכשרת מדריכים,youth,185000,,,");

    assertThat(book.problems()).isEmpty();
    assertThat(book.clauses()).containsExactly(
        new BudgetClause("1813000750", "תכניות העשרה", "schools", BudgetType.OPERATING, EDUCATION_MINISTRY,
            new BigDecimal("1250000.00")),
        new BudgetClause("תב\"ר 1431", "שיפוץ מבני בתי ספר", "schools", BudgetType.DEVELOPMENT,
            new FundingSource(FundingKind.MUNICIPAL, null), new BigDecimal("3750000.50")),
        new BudgetClause("8-120-4", "הכשרת מדריכים", "youth", BudgetType.OPERATING, FundingSource.MUNICIPAL,
            new BigDecimal("185000.00")));
  }

  @Test
  void everySpellingOfTypeAndFundingKindIsRead() {
    var book = csv(HEADER,
        "1,א,youth,1,רגיל,עירוני,",
        "2,ב,youth,1,תקציב רגיל,משרד ממשלתי,משרד הרווחה והביטחון החברתי",
        "3,ג,youth,1,תב״ר,קרן,קרן עין כרמית",
        "4,ד,youth,1,פיתוח,קרן פילנתרופית,קרן עין כרמית",
        "5,ה,youth,1,תב''ר,שותף עסקי,נוף כרמית",
        "6,ו,youth,1,,עסקי,נוף כרמית",
        "7,ז,youth,1,תקציב בלתי רגיל,,");

    assertThat(book.problems()).isEmpty();
    assertThat(book.clauses()).extracting(BudgetClause::type).containsExactly(BudgetType.OPERATING,
        BudgetType.OPERATING, BudgetType.DEVELOPMENT, BudgetType.DEVELOPMENT, BudgetType.DEVELOPMENT,
        BudgetType.OPERATING, BudgetType.DEVELOPMENT);
    assertThat(book.clauses()).extracting(clause -> clause.source().kind()).containsExactly(FundingKind.MUNICIPAL,
        FundingKind.GOVERNMENT, FundingKind.PHILANTHROPY, FundingKind.PHILANTHROPY, FundingKind.BUSINESS,
        FundingKind.BUSINESS, FundingKind.MUNICIPAL);
    assertThat(book.clauses()).extracting(clause -> clause.source().label()).containsExactly("עירוני",
        "משרד הרווחה והביטחון החברתי", "קרן עין כרמית", "קרן עין כרמית", "נוף כרמית", "נוף כרמית", "עירוני");
  }

  @Test
  void aFileWithOnlyTheRequiredColumnsIsMunicipalOperatingBudget() {
    var book = csv("קוד סעיף,שם הסעיף,מחלקה,סכום", "1817000750,תנועות נוער,מחלקת נוער וצעירים,620000");

    assertThat(book.problems()).isEmpty();
    assertThat(book.clauses()).containsExactly(new BudgetClause("1817000750", "תנועות נוער", "youth",
        BudgetType.OPERATING, FundingSource.MUNICIPAL, new BigDecimal("620000.00")));
  }

  @Test
  void headersInOtherSpellingsAndOrderBelowATitleAreRead() {
    var book = csv("ספר התקציב 2027 - טיוטת הגזברות", "",
        "גורם מממן,מקור,סכום בש\"ח,המחלקה,שם סעיף,סעיף תקציבי,סוג התקציב",
        "משרד החינוך,משרד ממשלתי,\"980,000\",מחלקת בתי ספר,תגבור לבגרות,1815000750,רגיל");

    assertThat(book.problems()).isEmpty();
    assertThat(book.clauses()).containsExactly(new BudgetClause("1815000750", "תגבור לבגרות", "schools",
        BudgetType.OPERATING, EDUCATION_MINISTRY, new BigDecimal("980000.00")));
  }

  @Test
  void aNumberCellCodeIsReadAsItsDigits() throws IOException {
    byte[] xlsx;
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("תקציב");
      var header = sheet.createRow(0);
      String[] headers = HEADER.split(",");
      for (int column = 0; column < headers.length; column++) {
        header.createCell(column).setCellValue(headers[column]);
      }
      var row = sheet.createRow(1);
      row.createCell(0).setCellValue(1817000750.0);
      row.createCell(1).setCellValue("תמיכה בתנועות הנוער");
      row.createCell(2).setCellValue("מחלקת נוער וצעירים");
      row.createCell(3).setCellValue(620000.0);
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    var book = BudgetBookSheets.read("book.xlsx", xlsx, BudgetBookSheetsTest::department);
    var csv = csv(HEADER, "1817000750.0,תמיכה בתנועות הנוער,youth,620000,,,");

    assertThat(book.problems()).isEmpty();
    assertThat(book.clauses()).singleElement().satisfies(clause -> {
      assertThat(clause.code()).isEqualTo("1817000750");
      assertThat(clause.amount()).isEqualTo(new BigDecimal("620000.00"));
    });
    assertThat(csv.clauses()).extracting(BudgetClause::code).containsExactly("1817000750");
  }

  @Test
  void aFileWithWrongRowsIsRefusedWithEveryWrongRowNamedByRowColumnAndHeader() {
    var book = csv(HEADER,
        "1813000750,העשרה,מחלקת חינוך מיוחד,100,,,",
        "1813000760,תגבור,schools,-5000,,,",
        "1813000770,הסעות,schools,הרבה,,,",
        "1813000750,העשרה שוב,schools,100,,,",
        "1813000780,מבנים,schools,100,השקעה,,",
        "1813000790,מלגות,schools,100,,תרומה,קרן כלשהי",
        "1813000800,מרחבי למידה,schools,100,,משרד ממשלתי,",
        "1813000810,מצוינות,schools,100,,,משרד החינוך",
        ",ללא קוד,schools,100,,,",
        "1813000815,ללא מחלקה וסכום,,,,,",
        "1813000820,אגורות,schools,10.005,,,",
        "1813000830,תקין,schools,100,,,");

    assertThat(book.refused()).isTrue();
    assertThat(book.problems()).extracting(SheetProblem::message).containsExactly(
        "שורה 2, עמודה C (מחלקה): המחלקה 'מחלקת חינוך מיוחד' אינה מחלקה ברשות",
        "שורה 3, עמודה D (סכום): הסכום -5000 שלילי; סכום של סעיף הוא אפס ומעלה",
        "שורה 4, עמודה D (סכום): 'הרבה' אינו מספר",
        "שורה 5, עמודה A (קוד סעיף): קוד הסעיף '1813000750' כבר מופיע בשורה 2",
        "שורה 6, עמודה E (סוג תקציב): סוג התקציב 'השקעה' אינו מוכר; כתבו 'רגיל' או 'תב\"ר'",
        "שורה 7, עמודה F (מקור מימון): מקור המימון 'תרומה' אינו מוכר; כתבו 'עירוני', 'משרד ממשלתי', "
            + "'קרן פילנתרופית' או 'שותף עסקי'",
        "שורה 8, עמודה G (גורם מממן): חסר גורם מממן: במקור מימון 'משרד ממשלתי' יש לכתוב את שם הגורם המממן",
        "שורה 9, עמודה F (מקור מימון): חסר מקור מימון לגורם המממן 'משרד החינוך'; כתבו 'משרד ממשלתי', "
            + "'קרן פילנתרופית' או 'שותף עסקי'",
        "שורה 10, עמודה A (קוד סעיף): חסר קוד סעיף",
        "שורה 11, עמודה C (מחלקה): חסרה מחלקה",
        "שורה 11, עמודה D (סכום): חסר סכום",
        "שורה 12, עמודה D (סכום): הסכום 10.005 מדויק יותר מאגורה; לכל היותר שתי ספרות אחרי הנקודה "
            + "(סכום שנוסחה חישבה: עגלו אותו ב-ROUND)")
        .doesNotContain("שורה 13");
  }

  @Test
  void aFileWithoutARequiredColumnIsRefusedByItsHeader() {
    var book = csv("קוד סעיף,שם הסעיף,מחלקה", "1817000750,תנועות נוער,youth");

    assertThat(book.clauses()).isEmpty();
    assertThat(book.problems()).extracting(SheetProblem::message).containsExactly("שורה 1: חסרה העמודה 'סכום'");
  }

  @Test
  void aFunderWithoutItsColumnIsNamedByTheRow() {
    var book = csv("קוד סעיף,שם הסעיף,מחלקה,סכום,מקור מימון", "1817000750,תנועות נוער,youth,1,קרן");

    assertThat(book.problems()).extracting(SheetProblem::message).containsExactly(
        "שורה 2: חסר גורם מממן: במקור מימון 'קרן פילנתרופית' יש לכתוב את שם הגורם המממן");
  }

  @Test
  void theTemplateReadsBackAsItsSampleRowAndExplainsEveryColumn() throws IOException {
    byte[] template = BudgetBookTemplate.write();

    var book = BudgetBookSheets.read("template.xlsx", template, BudgetBookSheetsTest::department);

    assertThat(book.problems()).isEmpty();
    assertThat(book.clauses()).containsExactly(new BudgetClause("1812000750", "תכניות העשרה בבתי הספר", "schools",
        BudgetType.OPERATING, EDUCATION_MINISTRY, new BigDecimal("1250000.00")));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      assertThat(workbook.getSheetAt(0).isRightToLeft()).isTrue();
      var notes = workbook.getSheet("הסבר");
      for (BudgetColumn column : BudgetColumn.values()) {
        assertThat(notes.getRow(column.ordinal() + 1).getCell(1).getStringCellValue()).isEqualTo(column.header());
      }
    }
  }

  @Test
  void theDemoBookReadsWholeWithThreeToSixClausesForEveryDepartmentOfTheDemoCity() throws IOException {
    Map<String, String> idByName = new HashMap<>();
    try (InputStream in = getClass().getResourceAsStream("/organization/demo-municipality.yaml")) {
      new ObjectMapper(new YAMLFactory()).readTree(in).get("units").forEach(unit -> {
        if (unit.get("type").asText().equals("department")) {
          idByName.put(unit.get("name").asText(), unit.get("id").asText());
        }
      });
    }
    byte[] demo;
    try (InputStream in = getClass().getResourceAsStream("/budget/demo-budget-book.csv")) {
      demo = in.readAllBytes();
    }

    var book = BudgetBookSheets.read("demo-budget-book.csv", demo, name -> Optional.ofNullable(idByName.get(name)));

    assertThat(book.problems()).isEmpty();
    var perDepartment = book.clauses().stream()
        .collect(Collectors.groupingBy(BudgetClause::departmentId, Collectors.counting()));
    assertThat(perDepartment.keySet()).containsExactlyInAnyOrderElementsOf(idByName.values()).hasSize(20);
    assertThat(perDepartment.values()).allMatch(count -> count >= 3 && count <= 6);
    assertThat(book.clauses()).extracting(BudgetClause::type).contains(BudgetType.OPERATING, BudgetType.DEVELOPMENT);
    assertThat(book.clauses()).extracting(clause -> clause.source().kind()).contains(FundingKind.values());
  }

  static ParsedBook csv(String... lines) {
    return BudgetBookSheets.read("book.csv", String.join("\r\n", lines).getBytes(UTF_8),
        BudgetBookSheetsTest::department);
  }

  static Optional<String> department(String idOrName) {
    return DEPARTMENTS.entrySet().stream()
        .filter(entry -> entry.getKey().equals(idOrName) || entry.getValue().equals(idOrName))
        .map(Map.Entry::getKey).findFirst();
  }
}
