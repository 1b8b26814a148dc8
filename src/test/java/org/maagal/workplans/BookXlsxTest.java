package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.workplans.BookSample.BOOK;
import static org.maagal.workplans.BookSample.EDUCATION;
import static org.maagal.workplans.BookSample.EDUCATION_DOMAIN;
import static org.maagal.workplans.BookSample.EDUCATION_PLAN;
import static org.maagal.workplans.BookSample.ENVIRONMENT_DOMAIN;
import static org.maagal.workplans.BookSample.SANITATION;
import static org.maagal.workplans.BookSample.SANITATION_PLAN;
import static org.maagal.workplans.BookSample.counted;
import static org.maagal.workplans.BookSample.lines;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.maagal.spreadsheets.HostileCells;
import org.maagal.workplans.BookOfWorkPlans.Line;
import org.maagal.workplans.BookOfWorkPlans.Total;

class BookXlsxTest {

  /** 'אגף שפ"ע: תברואה/איכות הסביבה ושיפור פני העיר' without ':' and '/', cut at a word within 31 characters. */
  static final String SANITATION_SHEET = "אגף שפ\"ע תברואה איכות הסביבה";

  static final int AMOUNT_COLUMN = 14;

  final BookXlsx xlsx = new BookXlsx();

  @Test
  void textsThatLookLikeFormulasAreWrittenAsTextCells() {
    var activity = BookSample.activity(HostileCells.HYPERLINK, HostileCells.AT, LocalDate.of(2027, 1, 1),
        LocalDate.of(2027, 6, 30), List.of(HostileCells.PLUS, "", "", ""), HostileCells.DDE, List.of("=יעד"),
        new Line("=1-812", "+שכר", "תקציב רגיל", "@מקור", new BigDecimal("450000"), "מאושר"));
    var plan = BookSample.department("hostile", "=מחלקה", 1, "הוגשה", List.of(), activity);
    var book = new BookOfWorkPlans("=עירייה", 2027, BookSample.COMPILED_AT, List.of(plan),
        List.of(new Total("=תחום", plan.total())), List.of(new Total("@מקור", plan.total())),
        List.of(new Total("-דגש", plan.total())), plan.total());

    HostileCells.assertWrittenAsText(xlsx.write(book), HostileCells.HYPERLINK, HostileCells.AT, HostileCells.PLUS,
        HostileCells.DDE, "=יעד", "=1-812", "+שכר", "@מקור", "=מחלקה", "=תחום");
  }

  @Test
  void summaryComesFirstWithTheTotalsAsNumbersThatEqualTheSumsOfTheLinesNotCut() throws IOException {
    try (var workbook = open(BOOK)) {
      var summary = workbook.getSheetAt(0);

      assertThat(summary.getSheetName()).isEqualTo("סיכום");
      assertThat(summary.isRightToLeft()).isTrue();
      assertThat(summary.getRow(0).getCell(0).getStringCellValue())
          .contains("ספר תכניות העבודה", "2027", "עיריית נווה גנים");
      var education = counted(lines(EDUCATION_PLAN));
      var sanitation = counted(lines(SANITATION_PLAN));
      assertThat(education).isEqualByComparingTo("4875000");
      assertThat(sanitation).isEqualByComparingTo("3095500");
      assertThat(amountBeside(summary, EDUCATION_DOMAIN)).isEqualTo(education.doubleValue());
      assertThat(amountBeside(summary, ENVIRONMENT_DOMAIN)).isEqualTo(sanitation.doubleValue());
      for (String source : List.of("תקציב עירוני", "משרד החינוך", "תרומות", "מפעל הפיס", "המשרד להגנת הסביבה")) {
        assertThat(amountBeside(summary, source)).as(source).isEqualTo(BookSample.bySource(source).doubleValue());
      }
      // the computer line that was cut (60,000) is in no total
      assertThat(amountBeside(summary, "תקציב עירוני")).isEqualTo(450_000 + 600_000 + 45_500 + 1_820_000
          + 380_000 + 120_000);
      assertThat(amountBeside(summary, "סך הכל")).isEqualTo(education.add(sanitation).doubleValue());
      assertThat(amountBeside(summary, EDUCATION)).isEqualTo(education.doubleValue());
      assertThat(amountBeside(summary, BookSample.SERVED_EMPHASIS)).isEqualTo(education.doubleValue());
      assertThat(amountBeside(summary, BookSample.UNSERVED_EMPHASIS)).isZero();
      assertThat(amountBeside(summary, SANITATION)).isEqualTo(sanitation.doubleValue());
      assertThat(rowOf(summary, 0, "סך הכל").getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
    }
  }

  @Test
  void everyDepartmentHasARightToLeftSheetNamedForItWithinExcelsRules() throws IOException {
    try (var workbook = open(BOOK)) {
      assertThat(sheetNames(workbook)).containsExactly("סיכום", EDUCATION, SANITATION_SHEET);
      assertThat(workbook.getSheet(EDUCATION).isRightToLeft()).isTrue();
      assertThat(workbook.getSheet(SANITATION_SHEET).isRightToLeft()).isTrue();
      // a click on the department in the summary opens its sheet
      assertThat(rowOf(workbook.getSheetAt(0), 0, SANITATION).getCell(0).getHyperlink().getAddress())
          .isEqualTo("'" + SANITATION_SHEET + "'!A1");
    }
  }

  @Test
  void aDepartmentSheetListsEachActivityWithRealDatesAndEachBudgetLineWithItsAmount() throws IOException {
    try (var workbook = open(BOOK)) {
      var sheet = workbook.getSheet(EDUCATION);
      var header = cells(sheet.getRow(1));
      assertThat(header).containsExactly("פעילות", "אחראי", "התחלה", "סיום", "רבעון 1", "רבעון 2", "רבעון 3",
          "רבעון 4", "מדד תפוקה", "יעדים מקושרים", "סעיף", "שם הסעיף", "סוג", "מקור מימון", "סכום (₪)", "סטטוס");

      var maths = rowOf(sheet, 0, BookSample.MATHS.title());
      assertThat(maths.getCell(1).getStringCellValue()).isEqualTo("רונית כהן");
      assertThat(DateUtil.isCellDateFormatted(maths.getCell(2))).isTrue();
      assertThat(maths.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 1));
      assertThat(maths.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2027, 6, 30));
      assertThat(cells(maths).subList(4, 10)).containsExactly("גיוס 12 מורים", "פתיחת 8 קבוצות", "",
          "סיכום שנה והערכה", "120 תלמידים בתגבור", "העלאת שיעור הזכאות לבגרות");

      for (Line line : lines(EDUCATION_PLAN)) {
        var row = rowWhere(sheet, r -> line.clauseCode().equals(text(r, 10)) && line.source().equals(text(r, 13)));
        assertThat(row).as(line.clauseCode() + " " + line.source()).isPresent();
        assertThat(cells(row.get()).subList(10, 14))
            .containsExactly(line.clauseCode(), line.clauseName(), line.type(), line.source());
        assertThat(row.get().getCell(14).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.get().getCell(14).getNumericCellValue()).isEqualTo(line.amount().doubleValue());
        assertThat(text(row.get(), 15)).isEqualTo(line.status());
      }
      assertThat(amountsBeside(sheet, 11, "סה״כ לפעילות")).containsExactly(530_000.0, 1_345_000.0, 3_000_000.0);
      assertThat(amountsBeside(sheet, 11, "סה״כ למחלקה")).containsExactly(4_875_000.0);
    }
  }

  @Test
  void sheetNamesStayWithinExcelsLimitAndUniqueWhenCutNamesMeet() {
    var taken = new HashSet<String>();
    var longName = "מחלקת תכנון אסטרטגי ומדיניות עירונית";

    var first = BookXlsx.sheetName(longName + " צפון", taken);
    var second = BookXlsx.sheetName(longName + " דרום", taken);
    var third = BookXlsx.sheetName(longName + " מרכז", taken);

    assertThat(first).isEqualTo("מחלקת תכנון אסטרטגי ומדיניות");
    assertThat(second).isEqualTo("מחלקת תכנון אסטרטגי (2)");
    assertThat(third).isEqualTo("מחלקת תכנון אסטרטגי (3)");
    assertThat(Stream.of(first, second, third)).allMatch(name -> name.length() <= 31);
    assertThat(BookXlsx.sheetName("HISTORY", new HashSet<>(List.of("history")))).isEqualTo("HISTORY (2)");
    assertThat(BookXlsx.sheetName("[*?]", taken)).isEqualTo("מחלקה");
    assertThat(BookXlsx.sheetName("'רווחה'", taken)).isEqualTo("רווחה");
  }

  private XSSFWorkbook open(BookOfWorkPlans book) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx.write(book)));
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    var names = new ArrayList<String>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** The number in column B beside a name in column A, checked to be a numeric cell. */
  private static double amountBeside(Sheet sheet, String name) {
    var cell = rowOf(sheet, 0, name).getCell(1);
    assertThat(cell.getCellType()).as(name).isEqualTo(CellType.NUMERIC);
    return cell.getNumericCellValue();
  }

  private static List<Double> amountsBeside(Sheet sheet, int column, String label) {
    var amounts = new ArrayList<Double>();
    for (Row row : sheet) {
      if (label.equals(text(row, column))) {
        assertThat(row.getCell(AMOUNT_COLUMN).getCellType()).isEqualTo(CellType.NUMERIC);
        amounts.add(row.getCell(AMOUNT_COLUMN).getNumericCellValue());
      }
    }
    return amounts;
  }

  private static Row rowOf(Sheet sheet, int column, String text) {
    return rowWhere(sheet, row -> text.equals(text(row, column)))
        .orElseThrow(() -> new AssertionError("no row with '" + text + "' in " + sheet.getSheetName()));
  }

  private static Optional<Row> rowWhere(Sheet sheet, java.util.function.Predicate<Row> test) {
    for (Row row : sheet) {
      if (test.test(row)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  private static String text(Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
  }

  private static List<String> cells(Row row) {
    var texts = new ArrayList<String>();
    for (int column = 0; column < row.getLastCellNum(); column++) {
      var cell = row.getCell(column);
      texts.add(cell == null ? "" : cell.getCellType() == CellType.STRING ? cell.getStringCellValue()
          : cell.toString());
    }
    return texts;
  }
}
