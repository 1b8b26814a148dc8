package org.maagal.goals;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.spreadsheets.HostileCells;
import org.maagal.spreadsheets.SpreadsheetReader;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

class GoalTreeSheetsTest {

  static final String HEADER =
      "תחום,מטרה,יעד,מדד,יחידת מידה,כיוון,ערך בסיס,שנת בסיס,ערך יעד,שנת יעד,מחלקה אחראית,מקור נתונים";
  static final String INDICATOR_ROW = "חינוך,מטרה,יעד,מדד,%,עלייה,10,2025,20,2027,מחלקת חינוך,סקר הורים";
  /** The headers Maagal writes: a hand-kept sheet's, and the optional CEO indicator column. */
  static final String WRITTEN_HEADER = HEADER + ",מדד מנכ\"ל";

  final GoalTreeSheets sheets = new GoalTreeSheets();

  @Test
  void demoTreeReadsAsSeventyRowsWithoutProblems() throws IOException {
    var sheet = demo();

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).hasSize(70);
    assertThat(sheet.rows().get(0)).isEqualTo(new GoalTreeRow("חינוך",
        "בוגר ערכי תורם ומתנדב בקהילה בעל גאווה יישובית",
        "העלאת ההשתתפות של ילדים ובני נוער בתנועות וארגוני נוער תוך פיתוח אישי וחברתי וחיזוק הנרטיב העירוני",
        "מספר החניכים בתנועות ובארגוני הנוער", "חניכים", Direction.HIGHER_IS_BETTER, new BigDecimal("528"), 2025,
        new BigDecimal("950"), 2027, "מחלקת נוער וצעירים", "מערכת רישום תנועות נוער", true));
    var goalOnly = sheet.rows().get(6);
    assertThat(goalOnly.goalOnly()).isTrue();
    assertThat(goalOnly).isEqualTo(new GoalTreeRow("חינוך", "מיצוי הפוטנציאל של כל תלמיד",
        null, null, null, null, null, null, null, null, null, null, false));
  }

  @Test
  void theDemoTreeMarksAHandfulOfCeoIndicators() throws IOException {
    var ceoIndicators = demo().rows().stream().filter(GoalTreeRow::ceoIndicator).toList();

    assertThat(ceoIndicators).hasSizeBetween(5, 8).allSatisfy(row -> assertThat(row.indicator()).isNotNull());
  }

  @Test
  void aHandKeptSheetWithoutTheCeoColumnImportsWithoutCeoIndicators() {
    var sheet = csv(HEADER, INDICATOR_ROW, "חינוך,מטרה אחרת,,,,,,,,,,");

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.notices()).isEmpty();
    assertThat(sheet.rows()).hasSize(2).noneMatch(GoalTreeRow::ceoIndicator);
  }

  @Test
  void ceoIndicatorsAreMarkedYesOrVAndLeftEmptyOrNo() {
    var sheet = csv(WRITTEN_HEADER,
        INDICATOR_ROW.replace(",מדד,", ",מדד א,") + ",כן",
        INDICATOR_ROW.replace(",מדד,", ",מדד ב,") + ",V",
        INDICATOR_ROW.replace(",מדד,", ",מדד ג,") + ",x",
        INDICATOR_ROW.replace(",מדד,", ",מדד ד,") + ", Yes ",
        INDICATOR_ROW.replace(",מדד,", ",מדד ה,") + ",TRUE",
        INDICATOR_ROW.replace(",מדד,", ",מדד ו,") + ",1",
        INDICATOR_ROW.replace(",מדד,", ",מדד ז,") + ",לא",
        INDICATOR_ROW.replace(",מדד,", ",מדד ח,") + ",",
        INDICATOR_ROW.replace(",מדד,", ",מדד ט,") + ",FALSE",
        "חינוך,מטרה אחרת,,,,,,,,,,,לא");

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).extracting(GoalTreeRow::ceoIndicator)
        .containsExactly(true, true, true, true, true, true, false, false, false, false);
  }

  @Test
  void aCeoMarkThatIsNeitherYesNorNoIsRefusedOnItsRow() {
    var sheet = csv(WRITTEN_HEADER, INDICATOR_ROW + ",כן", INDICATOR_ROW.replace(",מדד,", ",מדד אחר,") + ",אולי");

    assertThat(sheet.problems()).containsExactly(new RowProblem(3, "עמודה M (מדד מנכ\"ל): 'אולי' אינו 'כן' או 'לא'"));
    assertThat(sheet.sources().stream().map(org.maagal.spreadsheets.SpreadsheetRow::row).toList()).containsExactly(2);
  }

  @Test
  void onlyAnIndicatorIsACeoIndicator() {
    var sheet = csv(WRITTEN_HEADER, "חינוך,מטרה,,,,,,,,,,,כן");

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.problems()).singleElement().extracting(RowProblem::reason).asString()
        .startsWith("עמודה C (יעד): שורת מדד חייבת");
  }

  @Test
  void theCeoColumnIsReadInItsOtherSpellings() {
    for (String header : List.of("מדדי מנכ\"ל", "מדד מנכ״ל", "מדד מנכל")) {
      var sheet = csv(HEADER + "," + header, INDICATOR_ROW + ",כן");

      assertThat(sheet.problems()).as(header).isEmpty();
      assertThat(sheet.rows()).as(header).singleElement().extracting(GoalTreeRow::ceoIndicator).isEqualTo(true);
    }
  }

  @Test
  void brokenTreeHasProblemsOnlyOnTheRowsWithWrongValues() throws IOException {
    ParsedSheet sheet;
    try (var in = getClass().getResourceAsStream("/goals/broken-goal-tree.csv")) {
      sheet = sheets.read(SheetFormat.CSV, in.readAllBytes());
    }

    assertThat(sheet.problems()).containsExactly(
        new RowProblem(4, "עמודה I (ערך יעד): 'הרבה' אינו מספר"),
        new RowProblem(5, "עמודה F (כיוון): 'למעלה' אינו 'עלייה' או 'ירידה'"));
    assertThat(sheet.sources().stream().map(org.maagal.spreadsheets.SpreadsheetRow::row).toList()).containsExactly(2, 3, 6, 7);
    assertThat(sheet.rows().get(0).ownerDepartment()).isEqualTo("מחלקת חינוך מיוחד");
  }

  @Test
  void everyProblemOfARowIsReportedAtOnce() {
    var sheet = csv(HEADER, ",מטרה,יעד,מדד,%,למטה,10,תשפ״ה,עשרים,2027,מחלקת חינוך,");

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.problems()).extracting(RowProblem::row).containsOnly(2);
    assertThat(sheet.problems()).extracting(RowProblem::reason).containsExactly(
        "עמודה A (תחום): חסר תחום",
        "עמודה F (כיוון): 'למטה' אינו 'עלייה' או 'ירידה'",
        "עמודה H (שנת בסיס): 'תשפ״ה' אינה שנה",
        "עמודה I (ערך יעד): 'עשרים' אינו מספר");
  }

  @Test
  void yearsMustBeInTheCenturyAndTheTargetNotBeforeTheBaseline() {
    var sheet = csv(HEADER,
        "חינוך,מטרה,יעד,מדד,%,עלייה,10,2025,20,1800,מחלקת חינוך,",
        "חינוך,מטרה,יעד,מדד אחר,%,עלייה,10,2026,20,2025,מחלקת חינוך,",
        "חינוך,מטרה,יעד,מדד שלישי,%,עלייה,10,2025.5,20,2027,מחלקת חינוך,");

    assertThat(sheet.problems()).containsExactly(
        new RowProblem(2, "עמודה J (שנת יעד): 1800 אינה שנה בין 2000 ל-2100"),
        new RowProblem(3, "עמודה J (שנת יעד): שנת היעד מוקדמת משנת הבסיס (2026)"),
        new RowProblem(4, "עמודה H (שנת בסיס): '2025.5' אינה שנה (מספר שלם)"));
  }

  @Test
  void anIndicatorRowNamesTheColumnsItLacks() {
    var sheet = csv(HEADER,
        "חינוך,מטרה,יעד,מדד,,עלייה,10,,20,2027,מחלקת חינוך,",
        "חינוך,מטרה אחרת,,,,,,,,,,סקר הורים");

    assertThat(sheet.problems()).extracting(RowProblem::row).containsExactly(2, 3);
    assertThat(sheet.problems().get(0).reason()).startsWith("עמודה E (יחידת מידה): שורת מדד חייבת יעד, מדד, יחידת מידה")
        .endsWith("(חסר: יחידת מידה (E), שנת בסיס (H))");
    assertThat(sheet.problems().get(1).reason())
        .contains("(חסר: יעד (C), מדד (D), יחידת מידה (E), כיוון (F), ערך בסיס (G)");
  }

  @Test
  void aDuplicateRowPointsToTheFirst() {
    var sheet = csv(HEADER, INDICATOR_ROW, "חינוך,מטרה אחרת,,,,,,,,,,", INDICATOR_ROW.replace("20,2027", "30,2027"));

    assertThat(sheet.problems()).containsExactly(new RowProblem(4, "שורה כפולה לשורה 2"));
    assertThat(sheet.rows()).hasSize(2);
  }

  @Test
  void cellsAreTrimmedAndBlankRowsSkippedWithoutLosingRowNumbers() {
    var sheet = csv(" תחום ,מטרה,יעד,מדד,יחידת מידה,כיוון,ערך בסיס,שנת בסיס,ערך יעד,שנת יעד,מחלקה אחראית,מקור נתונים",
        "", ",,,,,,,,,,,", "  חינוך\u00A0,\u200Fמטרה , יעד,מדד,%, ירידה ,10,2025,20,2027,מחלקת חינוך,",
        "חינוך,,,,,,,,,,,,");

    assertThat(sheet.problems()).containsExactly(new RowProblem(5, "עמודה B (מטרה): חסרה מטרה"));
    assertThat(sheet.rows()).containsExactly(new GoalTreeRow("חינוך", "מטרה", "יעד", "מדד", "%",
        Direction.LOWER_IS_BETTER, new BigDecimal("10"), 2025, new BigDecimal("20"), 2027, "מחלקת חינוך", null, false));
  }

  @Test
  void aValueUnderNoHeaderIsAProblem() {
    var sheet = csv(HEADER, INDICATOR_ROW + ",הערה");

    assertThat(sheet.problems()).singleElement().extracting(RowProblem::reason).asString()
        .startsWith("עמודה M: ").contains("'הערה'").contains("שאין לה כותרת");
  }

  @Test
  void aRenamedColumnIsNamedOnTheHeaderRowAndNoRowIsRead() {
    var sheet = csv(HEADER.replace(",מדד,", ",מדדים,"), INDICATOR_ROW);

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.problems())
        .containsExactly(new RowProblem(1, "חסרה העמודה 'מדד' (עמודות שלא זוהו: D ('מדדים'))"));
    assertThat(sheet.notices()).containsExactly("העמודה D ('מדדים') אינה מעמודות הקובץ ולא נקראה");
  }

  @Test
  void aMissingColumnIsNamedAndMovedColumnsAreReadByTheirHeaders() {
    assertThat(csv(HEADER.replace(",מקור נתונים", ""), INDICATOR_ROW).problems())
        .containsExactly(new RowProblem(1, "חסרה העמודה 'מקור נתונים'"));
    var moved = csv(HEADER.replace("יעד,מדד", "מדד,יעד"), INDICATOR_ROW.replace("יעד,מדד", "מדד,יעד"));
    assertThat(moved.problems()).isEmpty();
    assertThat(moved.rows()).containsExactly(csv(HEADER, INDICATOR_ROW).rows().get(0));
  }

  @Test
  void aFileWithoutDataRowsIsEmpty() {
    var empty = List.of(new RowProblem(0, "הקובץ ריק"));
    assertThat(sheets.read(SheetFormat.CSV, new byte[0]).problems()).isEqualTo(empty);
    assertThat(csv(HEADER, "", ",,,").problems()).isEqualTo(empty);
    assertThat(sheets.read(SheetFormat.XLSX, new byte[0]).problems()).isEqualTo(empty);
    assertThat(xlsx(sheets.writeXlsx(List.of(), "ריק", null)).problems()).isEqualTo(empty);
  }

  @Test
  void bytesThatAreNotAWorkbookAreRefusedWithoutAnException() {
    var notExcel = List.of(new RowProblem(0, "הקובץ אינו קובץ Excel תקין"));

    assertThat(xlsx((HEADER + "\r\n" + INDICATOR_ROW).getBytes(UTF_8)).problems()).isEqualTo(notExcel);
    assertThat(xlsx(new byte[] {'P', 'K', 3, 4, 0, 0, 0}).problems()).isEqualTo(notExcel);
  }

  @Test
  void theVisionWrittenAboveTheHeaderIsRead() {
    var sheet = csv("עץ המטרות של עין כרמית", "\"חזון העיר: עיר צעירה, ירוקה ומחוברת\"", HEADER, INDICATOR_ROW);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.vision()).isEqualTo("עיר צעירה, ירוקה ומחוברת");
    assertThat(sheet.rows()).hasSize(1);
    assertThat(csv("חזון - עיר לכל תושביה", HEADER, INDICATOR_ROW).vision()).isEqualTo("עיר לכל תושביה");
    assertThat(csv("חזונות העיר", HEADER, INDICATOR_ROW).vision()).as("not a vision line").isNull();
    assertThat(csv(HEADER, INDICATOR_ROW).vision()).isNull();
  }

  @Test
  void aVisionTooLongToKeepWholeIsRefused() {
    var sheet = csv("חזון העיר: " + "א".repeat(1001), HEADER, INDICATOR_ROW);

    assertThat(sheet.problems()).extracting(RowProblem::reason).containsExactly("החזון שמעל הכותרות ארוך מ-1000 תווים");
  }

  @Test
  void theExportedWorkbookKeepsTheVisionAboveItsHeaderAndReadsBackTheSame() throws IOException {
    var rows = demo().rows();
    byte[] workbook = sheets.writeXlsx(rows, "עץ מטרות 2027", "עיר צעירה, ירוקה ומחוברת");

    var back = xlsx(workbook);
    assertThat(back.problems()).isEmpty();
    assertThat(back.vision()).isEqualTo("עיר צעירה, ירוקה ומחוברת");
    assertThat(back.rows()).isEqualTo(rows);
    try (var read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      assertThat(read.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("חזון העיר: עיר צעירה, ירוקה ומחוברת");
      assertThat(read.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("תחום");
    }
  }

  @Test
  void aZipBombIsRefusedEvenInAPartNothingReads() throws IOException {
    byte[] workbook = sheets.writeXlsx(demo().rows(), "עץ מטרות", null);

    assertThat(xlsx(withExtraPart(workbook, 1_000)).problems()).isEmpty();
    assertThat(xlsx(withExtraPart(workbook, 4_000_000)).problems()).singleElement()
        .satisfies(problem -> assertThat(problem.reason()).startsWith("הקובץ דחוס באופן חריג (פי 100 ויותר)"));
  }

  @Test
  void moreThanFiveThousandRowsAreRefused() {
    var lines = new ArrayList<String>(List.of(HEADER));
    for (int row = 0; row <= SpreadsheetReader.MAX_DATA_ROWS; row++) {
      lines.add("חינוך,מטרה " + row + ",,,,,,,,,,");
    }

    var sheet = csv(lines.toArray(String[]::new));

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.problems()).containsExactly(new RowProblem(0, "הקובץ גדול מדי: יותר מ-5,000 שורות"));
  }

  @Test
  void csvSavedByExcelAsPlainCsvIsReadAsWindows1255() {
    var windows1255 = (HEADER + "\r\n" + INDICATOR_ROW).getBytes(Charset.forName("windows-1255"));

    var sheet = sheets.read(SheetFormat.CSV, windows1255);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).containsExactly(csv(HEADER, INDICATOR_ROW).rows().get(0));
    assertThat(sheet.rows().get(0).ownerDepartment()).isEqualTo("מחלקת חינוך");
  }

  @Test
  void anUnclosedQuoteIsReportedOnItsRow() {
    var sheet = csv(HEADER, INDICATOR_ROW, "חינוך,\"מטרה,,,,,,,,,,");

    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.row()).isEqualTo(3);
      assertThat(problem.reason()).contains("מרכאות שלא נסגרו");
    });
  }

  @Test
  void csvIsWrittenForExcelAndReadsBackTheSameRows() throws IOException {
    var rows = withTrickyRows(demo().rows());

    byte[] csv = sheets.writeCsv(rows);

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    var text = new String(csv, UTF_8);
    assertThat(text).startsWith("\uFEFF" + HEADER + ",\"מדד מנכ\"\"ל\"\r\n")
        .contains(",528,2025,950,2027,", ",12.5,2025,-3,2027,", "'=")
        .contains("\"מטרה, עם פסיק\"", "\"יעד \"\"במרכאות\"\"\"");
    var back = sheets.read(SheetFormat.CSV, csv);
    assertThat(back.problems()).isEmpty();
    assertThat(back.rows()).isEqualTo(rows);
  }

  @Test
  void csvCellsASpreadsheetWouldRunAreWrittenAsTextAndNegativeNumbersStayNumbers() {
    var hostile = new GoalTreeRow("חינוך", HostileCells.HYPERLINK, HostileCells.TAB, HostileCells.CARRIAGE_RETURN,
        "-5", Direction.HIGHER_IS_BETTER, new BigDecimal("-1200.50"), 2025, new BigDecimal("-3"), 2027,
        HostileCells.AT, HostileCells.DDE, false);

    var records = HostileCells.csvRecords(sheets.writeCsv(List.of(hostile)));

    assertThat(records.get(1)).containsExactly("חינוך", "'" + HostileCells.HYPERLINK, "'" + HostileCells.TAB,
        "'" + HostileCells.CARRIAGE_RETURN, "-5", "עלייה", "-1200.5", "2025", "-3", "2027", "'" + HostileCells.AT,
        "'" + HostileCells.DDE, "לא");
  }

  @Test
  void workbookWritesFormulaLikeTextAsTextCells() {
    var hostile = new GoalTreeRow("חינוך", HostileCells.HYPERLINK, HostileCells.PLUS, HostileCells.AT,
        "-5", Direction.HIGHER_IS_BETTER, new BigDecimal("-3"), 2025, new BigDecimal("4"), 2027,
        "מחלקת חינוך", HostileCells.DDE, false);

    HostileCells.assertWrittenAsText(sheets.writeXlsx(List.of(hostile), "עץ", null), HostileCells.HYPERLINK,
        HostileCells.PLUS, HostileCells.AT, HostileCells.DDE, "-5");
  }

  @Test
  void workbookIsRightToLeftWithAFilteredHeaderAndNumbersAsNumbers() throws IOException {
    var rows = withTrickyRows(demo().rows());

    byte[] xlsx = sheets.writeXlsx(rows, "עץ מטרות 2027", null);

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("עץ מטרות 2027");
      assertThat(sheet.isRightToLeft()).isTrue();
      assertThat(sheet.getRow(0).cellIterator()).toIterable().extracting(cell -> cell.getStringCellValue())
          .containsExactly(WRITTEN_HEADER.split(","));
      assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M" + (rows.size() + 1));
      assertThat(sheet.getColumnWidth(GoalTreeColumn.GOAL.ordinal()))
          .isGreaterThan(sheet.getColumnWidth(GoalTreeColumn.UNIT.ordinal()));
      var youth = sheet.getRow(1);
      assertThat(youth.getCell(GoalTreeColumn.TARGET_VALUE.ordinal()).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(youth.getCell(GoalTreeColumn.TARGET_VALUE.ordinal()).getNumericCellValue()).isEqualTo(950);
      assertThat(youth.getCell(GoalTreeColumn.TARGET_YEAR.ordinal()).getNumericCellValue()).isEqualTo(2027);
      assertThat(youth.getCell(GoalTreeColumn.DIRECTION.ordinal()).getStringCellValue()).isEqualTo("עלייה");
      assertThat(youth.getCell(GoalTreeColumn.CEO_INDICATOR.ordinal()).getStringCellValue()).isEqualTo("כן");
      assertThat(sheet.getRow(3).getCell(GoalTreeColumn.CEO_INDICATOR.ordinal()).getStringCellValue()).isEqualTo("לא");
      assertThat(sheet.getRow(8).getCell(GoalTreeColumn.CEO_INDICATOR.ordinal())).as("a goal without indicators")
          .isNull();
    }
    var back = xlsx(xlsx);
    assertThat(back.problems()).isEmpty();
    assertThat(back.rows()).isEqualTo(rows);
  }

  @Test
  void aSheetTitleIsMadeSafeForExcel() throws IOException {
    byte[] xlsx = sheets.writeXlsx(List.of(), "עץ מטרות: 2027/2028 [טיוטה] של העירייה כולה", null);

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).hasSizeLessThanOrEqualTo(31).doesNotContain(":", "/", "[");
    }
  }

  @Test
  void workbookCellsAreReadByTheirCalculatedValues() throws IOException {
    byte[] xlsx;
    try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet();
      texts(sheet.createRow(0), GoalTreeColumn.HEADERS.stream().map(header -> header + " ").toArray(String[]::new));
      var calculated = texts(sheet.createRow(3), "חינוך", " מטרה ", "יעד", "מדד", "%", "ירידה", "14", null, null, null,
          "מחלקת נוער");
      calculated.createCell(GoalTreeColumn.BASELINE_YEAR.ordinal()).setCellValue(2025.0);
      calculated.createCell(GoalTreeColumn.TARGET_VALUE.ordinal()).setCellFormula("G4-4");
      calculated.createCell(GoalTreeColumn.TARGET_YEAR.ordinal()).setCellFormula("H4+2");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      texts(sheet.createRow(5), "  ");
      var neverCalculated = texts(sheet.createRow(6), "חינוך", "מטרה", "יעד", "מדד אחר", "%", "ירידה", "14", "2025",
          null, "2027", "מחלקת נוער");
      neverCalculated.createCell(GoalTreeColumn.TARGET_VALUE.ordinal()).setCellFormula("G7-4");
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    var sheet = xlsx(xlsx);

    assertThat(sheet.rows()).containsExactly(new GoalTreeRow("חינוך", "מטרה", "יעד", "מדד", "%",
        Direction.LOWER_IS_BETTER, new BigDecimal("14"), 2025, new BigDecimal("10"), 2027, "מחלקת נוער", null, false));
    assertThat(sheet.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.row()).isEqualTo(7);
      assertThat(problem.reason())
          .isEqualTo("עמודה I (ערך יעד): '=G7-4' היא נוסחה שלא חושבה: פתחו את הקובץ ב-Excel, שמרו אותו והעלו שוב");
    });
  }

  @Test
  void theMunicipalitysOwnSpellingsAndLayoutAreRead() {
    var sheet = csv("עץ המטרות 2027 - טיוטה", "",
        "התחום,המטרה,היעד,המדד,יח' מידה,הכיוון הרצוי,ערך הבסיס,שנת הבסיס,יעד (ערך),שנת  היעד,המחלקה האחראית,מקור הנתונים,הערות",
        INDICATOR_ROW + ",לבדוק",
        ",,,מדד שני,%,ירידה,\"1,250\",2025.0,72%,2027,מחלקת חינוך,");

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.notices()).containsExactly("העמודה M ('הערות') אינה מעמודות הקובץ ולא נקראה");
    assertThat(sheet.rows()).containsExactly(csv(HEADER, INDICATOR_ROW).rows().get(0),
        new GoalTreeRow("חינוך", "מטרה", "יעד", "מדד שני", "%", Direction.LOWER_IS_BETTER, new BigDecimal("1250"),
            2025, new BigDecimal("72"), 2027, "מחלקת חינוך", null, false));
    assertThat(sheet.sources().stream().map(org.maagal.spreadsheets.SpreadsheetRow::row).toList()).containsExactly(4, 5);
  }

  @Test
  void theTemplateHasTheHeadersASampleRowAndASheetExplainingEachColumn() throws IOException {
    byte[] template = sheets.template("עץ מטרות 2027");

    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("עץ מטרות 2027");
      assertThat(sheet.isRightToLeft()).isTrue();
      assertThat(sheet.getRow(0).cellIterator()).toIterable().extracting(cell -> cell.getStringCellValue())
          .containsExactly(WRITTEN_HEADER.split(","));
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(GoalTreeColumn.DOMAIN.ordinal()).getStringCellValue()).isEqualTo("חינוך");
      assertThat(sheet.getRow(1).getCell(GoalTreeColumn.TARGET_VALUE.ordinal()).getNumericCellValue()).isEqualTo(80);
      var notes = workbook.getSheet("הסבר");
      assertThat(notes).isNotNull();
      assertThat(workbook.getSheetIndex(notes)).isEqualTo(1);
      assertThat(notes.isRightToLeft()).isTrue();
      assertThat(notes.getRow(0).getCell(2).getStringCellValue()).isEqualTo("הסבר");
      for (GoalTreeColumn column : GoalTreeColumn.values()) {
        var row = notes.getRow(column.ordinal() + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf((char) ('A' + column.ordinal())));
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(column.header());
        assertThat(row.getCell(2).getStringCellValue()).isNotBlank();
      }
      assertThat(notes.getRow(GoalTreeColumn.UNIT.ordinal() + 1).getCell(2).getStringCellValue()).contains("72%");
    }
    var back = xlsx(template);
    assertThat(back.problems()).isEmpty();
    assertThat(back.rows()).containsExactly(XlsxSheet.SAMPLE);
  }

  @Test
  void formatIsChosenByFileNameThenByContentType() {
    assertThat(SheetFormat.of("עץ מטרות.XLSX", "application/octet-stream")).isEqualTo(SheetFormat.XLSX);
    assertThat(SheetFormat.of("goals.csv", "application/vnd.ms-excel")).isEqualTo(SheetFormat.CSV);
    assertThat(SheetFormat.of(null, "text/csv; charset=UTF-8")).isEqualTo(SheetFormat.CSV);
    assertThat(SheetFormat.of("goals", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .isEqualTo(SheetFormat.XLSX);
    assertThat(SheetFormat.of("demo-goal-tree-2027.csv")).isEqualTo(SheetFormat.CSV);
    assertThatThrownBy(() -> SheetFormat.of("goals.xls", "application/vnd.ms-excel"))
        .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
          assertThat(e.getStatusCode().value()).isEqualTo(415);
          assertThat(e.getBody().getDetail()).contains("'goals.xls'", "אינו נתמך", ".xlsx");
          assertThat(e.getBody().getProperties()).containsEntry("fileName", "goals.xls");
        });
  }

  private ParsedSheet demo() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/goals/demo-goal-tree-2027.csv")) {
      return sheets.read(SheetFormat.CSV, in.readAllBytes());
    }
  }

  private ParsedSheet csv(String... lines) {
    return sheets.read(SheetFormat.CSV, String.join("\r\n", lines).getBytes(UTF_8));
  }

  private ParsedSheet xlsx(byte[] bytes) {
    return sheets.read(SheetFormat.XLSX, bytes);
  }

  /** The workbook with one more part of zeros, which compresses a thousandfold: a bomb once it is large. */
  private static byte[] withExtraPart(byte[] workbook, int zeros) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var in = new ZipInputStream(new ByteArrayInputStream(workbook)); var zip = new ZipOutputStream(out)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        in.transferTo(zip);
      }
      zip.putNextEntry(new ZipEntry("xl/padding.xml"));
      zip.write(new byte[zeros]);
    }
    return out.toByteArray();
  }

  private static Row texts(Row row, String... texts) {
    for (int column = 0; column < texts.length; column++) {
      if (texts[column] != null) {
        row.createCell(column).setCellValue(texts[column]);
      }
    }
    return row;
  }

  /** Decimals, a negative number, commas, quotes and a cell Excel would take for a formula. */
  private static List<GoalTreeRow> withTrickyRows(List<GoalTreeRow> rows) {
    var all = new ArrayList<>(rows);
    all.add(new GoalTreeRow("חינוך", "מטרה, עם פסיק", "יעד \"במרכאות\"", "=מדד שנראה כמו נוסחה", "%",
        Direction.LOWER_IS_BETTER, new BigDecimal("12.5"), 2025, new BigDecimal("-3"), 2027, "מחלקת חינוך", "@מקור",
        true));
    all.add(new GoalTreeRow("חינוך", "מטרה", "יעד", "מדד", "ש\"ח", Direction.HIGHER_IS_BETTER,
        new BigDecimal("0.35"), 2025, new BigDecimal("1250000"), 2025, "מחלקת חינוך", null, false));
    return all;
  }
}
