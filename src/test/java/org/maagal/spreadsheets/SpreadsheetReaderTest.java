package org.maagal.spreadsheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.ColumnSpec.Kind.NUMBER;
import static org.maagal.spreadsheets.ColumnSpec.Kind.TEXT;
import static org.maagal.spreadsheets.ColumnSpec.Kind.YEAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Sheets as people keep them, built in the test, and the values read from each. */
class SpreadsheetReaderTest {

  static final List<ColumnSpec> COLUMNS = List.of(
      ColumnSpec.of("domain", "תחום", TEXT, "התחום").asGroup(),
      ColumnSpec.of("goal", "מטרה", TEXT, "המטרה").asGroup(),
      ColumnSpec.of("target", "יעד", TEXT, "היעד").asGroup(),
      ColumnSpec.of("indicator", "מדד", TEXT, "המדד"),
      ColumnSpec.of("value", "ערך בסיס", NUMBER, "ערך הבסיס", "בסיס (ערך)"),
      ColumnSpec.of("year", "שנת בסיס", YEAR, "שנת הבסיס"));
  static final String HEADER = "תחום,מטרה,יעד,מדד,ערך בסיס,שנת בסיס";

  @Test
  void theHeaderIsFoundBelowTitlesAndNotes() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      cells(sheet.createRow(0), "עץ המטרות של העירייה, 2027");
      cells(sheet.createRow(1), "טיוטה לדיון בוועדה", null, null, "עודכן ביוני");
      cells(sheet.createRow(3), (Object[]) HEADER.split(","));
      cells(sheet.createRow(4), "חינוך", "מטרה", "יעד", "מדד", 528, 2025);
    });

    var sheet = read("goals.xlsx", xlsx);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).singleElement().satisfies(row -> {
      assertThat(row.row()).isEqualTo(5);
      assertThat(row.text("domain")).isEqualTo("חינוך");
      assertThat(row.number("value")).isEqualTo(new BigDecimal("528"));
      assertThat(row.year("year")).isEqualTo(2025);
    });
  }

  @Test
  void columnsAreMatchedByHeaderInAnyOrder() {
    var sheet = csv("שנת בסיס,מדד,ערך בסיס,יעד,תחום,מטרה", "2025,מספר חניכים,528,יעד,חינוך,מטרה");

    assertThat(sheet.problems()).isEmpty();
    var row = sheet.rows().get(0);
    assertThat(row.text("domain")).isEqualTo("חינוך");
    assertThat(row.text("indicator")).isEqualTo("מספר חניכים");
    assertThat(row.number("value")).isEqualTo(new BigDecimal("528"));
    assertThat(row.year("year")).isEqualTo(2025);
    assertThat(row.cell("domain").column()).isEqualTo("E");
    assertThat(row.cell("domain").header()).isEqualTo("תחום");
  }

  @Test
  void headersAreMatchedInTheirCommonSpellings() {
    var sheet = csv("התחום ,\"המטרה:\",  היעד,\"מדד \"\"ראשי\"\"\",בסיס (ערך),שנת   הבסיס", "חינוך,מטרה,יעד,מדד,10,2025");
    var withQuotes = csv("תחום,מטרה,יעד,מדד,\"ערך-בסיס\",\"שנת בסיס*\"", "חינוך,מטרה,יעד,מדד,10,2025");

    assertThat(sheet.problems()).containsExactly(
        new SheetProblem(1, null, null, "חסרה העמודה 'מדד' (עמודות שלא זוהו: D ('מדד \"ראשי\"'))"));
    assertThat(withQuotes.problems()).isEmpty();
    assertThat(withQuotes.rows().get(0).number("value")).isEqualTo(new BigDecimal("10"));
    assertThat(withQuotes.rows().get(0).cell("value").header()).isEqualTo("ערך-בסיס");
    var fixed = csv("התחום ,\"המטרה:\",  היעד,המדד,בסיס (ערך),שנת   הבסיס", "חינוך,מטרה,יעד,מדד,10,2025");
    assertThat(fixed.problems()).isEmpty();
    assertThat(fixed.rows().get(0).text("goal")).isEqualTo("מטרה");
    assertThat(fixed.rows().get(0).year("year")).isEqualTo(2025);
  }

  @Test
  void anUnknownColumnIsIgnoredAndNamedInANotice() {
    var sheet = csv(HEADER + ",הערות", "חינוך,מטרה,יעד,מדד,10,2025,לבדוק מול השנה שעברה");

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.notices()).containsExactly("העמודה G ('הערות') אינה מעמודות הקובץ ולא נקראה");
    assertThat(sheet.rows().get(0).text("indicator")).isEqualTo("מדד");
  }

  @Test
  void mergedGroupCellsReadAsTheirValueOnEveryRow() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      cells(sheet.createRow(0), (Object[]) HEADER.split(","));
      cells(sheet.createRow(1), "חינוך", "מטרה א", "יעד א", "מדד 1", 1, 2025);
      cells(sheet.createRow(2), null, null, null, "מדד 2", 2, 2025);
      cells(sheet.createRow(3), null, "מטרה ב", "יעד ב", "מדד 3", 3, 2025);
      sheet.createRow(4).createCell(0);
      sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A5"));
      sheet.addMergedRegion(CellRangeAddress.valueOf("B2:B3"));
      sheet.addMergedRegion(CellRangeAddress.valueOf("C2:C3"));
    });

    var rows = read("goals.xlsx", xlsx).rows();

    // the merged domain reaches one row past the data: that row stays blank
    assertThat(rows).extracting(row -> row.text("domain")).containsExactly("חינוך", "חינוך", "חינוך");
    assertThat(rows).extracting(row -> row.text("goal")).containsExactly("מטרה א", "מטרה א", "מטרה ב");
    assertThat(rows).extracting(row -> row.text("target")).containsExactly("יעד א", "יעד א", "יעד ב");
  }

  @Test
  void blankGroupCellsReadAsTheValueAboveWithinTheirGroup() {
    var sheet = csv(HEADER,
        "חינוך,מטרה א,יעד א,מדד 1,1,2025",
        ",,,מדד 2,2,2025",
        ",,יעד ב,מדד 3,3,2025",
        ",מטרה ב,,,,",
        ",,,מדד 4,4,2025");

    assertThat(sheet.problems()).isEmpty();
    var rows = sheet.rows();
    assertThat(rows).extracting(row -> row.text("domain")).containsOnly("חינוך");
    assertThat(rows).extracting(row -> row.text("goal")).containsExactly("מטרה א", "מטרה א", "מטרה א", "מטרה ב",
        "מטרה ב");
    // a new goal starts its targets afresh: the target of goal א is not carried into goal ב
    assertThat(rows).extracting(row -> row.text("target")).containsExactly("יעד א", "יעד א", "יעד ב", null, null);
    assertThat(rows.get(1).cell("goal").column()).isEqualTo("B");
  }

  @Test
  void aPercentCellReadsAsTheNumberTheUserSees() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      var percent = sheet.getWorkbook().createCellStyle();
      percent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0%"));
      var decimalPercent = sheet.getWorkbook().createCellStyle();
      decimalPercent.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.0%"));
      cells(sheet.createRow(0), (Object[]) HEADER.split(","));
      cells(sheet.createRow(1), "חינוך", "מטרה", "יעד", "אחוז זכאות", 0.72, 2025).getCell(4).setCellStyle(percent);
      cells(sheet.createRow(2), "חינוך", "מטרה", "יעד", "אחוז נשירה", 0.035, 2025).getCell(4)
          .setCellStyle(decimalPercent);
      cells(sheet.createRow(3), "חינוך", "מטרה", "יעד", "אחוז בטקסט", "58%", 2025);
    });

    var rows = read("goals.xlsx", xlsx).rows();

    assertThat(rows).extracting(row -> row.number("value"))
        .containsExactly(new BigDecimal("72"), new BigDecimal("3.5"), new BigDecimal("58"));
    assertThat(rows.get(0).text("value")).isEqualTo("72%");
  }

  @Test
  void numbersWithThousandsSeparatorsAsTextOrWithSpacesReadAsNumbers() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      var thousands = sheet.getWorkbook().createCellStyle();
      thousands.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("#,##0"));
      cells(sheet.createRow(0), (Object[]) HEADER.split(","));
      cells(sheet.createRow(1), "חינוך", "מטרה", "יעד", "מדד 1", "1,250", "2025");
      cells(sheet.createRow(2), "חינוך", "מטרה", "יעד", "מדד 2", " 950  ", "2025 ");
      cells(sheet.createRow(3), "חינוך", "מטרה", "יעד", "מדד 3", 1250000, 2025.0).getCell(4).setCellStyle(thousands);
      cells(sheet.createRow(4), "חינוך", "מטרה", "יעד", "מדד 4", "-12.5", "2026.0");
    });

    var sheet = read("goals.xlsx", xlsx);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).extracting(row -> row.number("value")).containsExactly(new BigDecimal("1250"),
        new BigDecimal("950"), new BigDecimal("1250000"), new BigDecimal("-12.5"));
    assertThat(sheet.rows()).extracting(row -> row.year("year")).containsExactly(2025, 2025, 2025, 2026);
    assertThat(sheet.rows().get(2).text("year")).isEqualTo("2025");
  }

  @Test
  void csvTextNumbersAndYearsReadAsTheSheetShowsThem() {
    var sheet = csv(HEADER, "חינוך,מטרה,יעד,מדד,\"1,250\",2026.0", "חינוך,מטרה,יעד,מדד 2,72% ,2026 ");

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).extracting(row -> row.number("value"))
        .containsExactly(new BigDecimal("1250"), new BigDecimal("72"));
    assertThat(sheet.rows()).extracting(row -> row.year("year")).containsExactly(2026, 2026);
  }

  @Test
  void csvInWindows1255IsReadAsHebrew() {
    byte[] bytes = (HEADER + "\r\nחינוך,מטרה,יעד,מספר חניכים,528,2025\r\n").getBytes(Charset.forName("windows-1255"));

    var sheet = SpreadsheetReader.read("goals.csv", bytes, COLUMNS);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows().get(0).text("indicator")).isEqualTo("מספר חניכים");
    assertThat(sheet.rows().get(0).number("value")).isEqualTo(new BigDecimal("528"));
  }

  @Test
  void csvInUtf8WithAByteOrderMarkIsRead() {
    byte[] bytes = ("\uFEFF" + HEADER + "\r\nחינוך,מטרה,יעד,מדד,528,2025\r\n").getBytes(UTF_8);

    var sheet = SpreadsheetReader.read("goals.csv", bytes, COLUMNS);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows().get(0).text("domain")).isEqualTo("חינוך");
  }

  @Test
  void semicolonSeparatedCsvIsRead() {
    var sheet = csv(HEADER.replace(',', ';'), "חינוך;מטרה, עם פסיק;יעד;מדד;\"1,250\";2025");

    assertThat(sheet.problems()).isEmpty();
    var row = sheet.rows().get(0);
    assertThat(row.text("goal")).isEqualTo("מטרה, עם פסיק");
    assertThat(row.number("value")).isEqualTo(new BigDecimal("1250"));
    assertThat(row.year("year")).isEqualTo(2025);
  }

  @Test
  void whatCannotBeReadIsNamedByRowColumnLetterAndHeaderAsWritten() {
    var sheet = csv("דוח מדדים", "שנת הבסיס,מדד,ערך הבסיס,יעד,תחום,מטרה",
        "2025,מדד 1,הרבה,יעד,חינוך,מטרה", "תשפ״ה,מדד 2,1,25,יעד,חינוך,מטרה", "2025.5,מדד 3,10,יעד,חינוך,מטרה");

    assertThat(sheet.problems()).extracting(SheetProblem::message).containsExactly(
        "שורה 3, עמודה C (ערך הבסיס): 'הרבה' אינו מספר",
        "שורה 4, עמודה A (שנת הבסיס): 'תשפ״ה' אינה שנה",
        "שורה 4, עמודה G: הערך 'מטרה' נמצא בעמודה שאין לה כותרת; האם העמודות זזו?",
        "שורה 5, עמודה A (שנת הבסיס): '2025.5' אינה שנה (מספר שלם)");
    assertThat(sheet.rows().get(0).problems()).singleElement()
        .isEqualTo(new SheetProblem(3, "C", "ערך הבסיס", "'הרבה' אינו מספר"));
  }

  @Test
  void aSheetWithoutAHeaderOrARequiredColumnIsRefusedWhole() {
    var noHeader = csv("שלום,עולם", "1,2");
    var missing = csv("כותרת", HEADER.replace(",שנת בסיס", ""), "חינוך,מטרה,יעד,מדד,10");

    assertThat(noHeader.unreadable()).isTrue();
    assertThat(noHeader.problems()).singleElement().extracting(SheetProblem::message).asString()
        .startsWith("לא נמצאה שורת כותרות").contains("תחום, מטרה, יעד");
    assertThat(missing.rows()).isEmpty();
    assertThat(missing.problems()).extracting(SheetProblem::message)
        .containsExactly("שורה 2: חסרה העמודה 'שנת בסיס'");
  }

  @Test
  void anOptionalColumnMayBeLeftOutAndReadsAsEmpty() {
    var columns = List.of(ColumnSpec.of("indicator", "מדד", TEXT), ColumnSpec.of("value", "ערך בסיס", NUMBER),
        ColumnSpec.of("source", "מקור נתונים", TEXT).asOptional());

    var sheet = SpreadsheetReader.read("x.csv", "מדד,ערך בסיס\nמדד 1,10".getBytes(UTF_8), columns);
    var withIt = SpreadsheetReader.read("x.csv", "מקור נתונים,מדד,ערך בסיס\nסקר,מדד 1,10".getBytes(UTF_8), columns);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).singleElement().satisfies(row -> {
      assertThat(row.text("indicator")).isEqualTo("מדד 1");
      assertThat(row.text("source")).isNull();
      assertThat(row.cell("source").column()).isNull();
    });
    assertThat(withIt.rows().get(0).cell("source").column()).isEqualTo("A");
    assertThat(withIt.rows().get(0).text("source")).isEqualTo("סקר");
  }

  @Test
  void aFileNamedNeitherWayIsReadByItsContent() throws IOException {
    byte[] xlsx = workbook(sheet -> {
      cells(sheet.createRow(0), (Object[]) HEADER.split(","));
      cells(sheet.createRow(1), "חינוך", "מטרה", "יעד", "מדד", 1, 2025);
    });

    assertThat(read("upload", xlsx).rows()).hasSize(1);
    assertThat(read(null, (HEADER + "\nחינוך,מטרה,יעד,מדד,1,2025").getBytes(UTF_8)).rows()).hasSize(1);
  }

  private static Spreadsheet read(String fileName, byte[] bytes) {
    return SpreadsheetReader.read(fileName, bytes, COLUMNS);
  }

  private static Spreadsheet csv(String... lines) {
    return read("goals.csv", String.join("\r\n", lines).getBytes(UTF_8));
  }

  private static byte[] workbook(Consumer<XSSFSheet> fill) throws IOException {
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      fill.accept(workbook.createSheet("גיליון1"));
      workbook.write(out);
      return out.toByteArray();
    }
  }

  /** Text as text cells, numbers as numeric cells, null as no cell. */
  private static Row cells(Row row, Object... values) {
    for (int column = 0; column < values.length; column++) {
      if (values[column] instanceof String text) {
        row.createCell(column).setCellValue(text);
      } else if (values[column] instanceof Number number) {
        row.createCell(column).setCellValue(number.doubleValue());
      }
    }
    return row;
  }
}
