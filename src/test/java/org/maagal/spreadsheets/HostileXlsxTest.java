package org.maagal.spreadsheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.HandWrittenXlsx.inlineCell;
import static org.maagal.spreadsheets.HandWrittenXlsx.row;
import static org.maagal.spreadsheets.ReadingCost.assertRefused;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * XLSX files written as an attacker writes them, each declaring far more than it holds or holding more than
 * a real goal tree or budget book ever does. Every one is answered with the Hebrew reason (or read as what
 * it really holds), cheaply: see {@link ReadingCost}.
 */
class HostileXlsxTest {

  private static final String[] HEADER = SpreadsheetReaderTest.HEADER.split(",");

  @Test
  void regionsMergedOverTheWholeSheetHundredsOfTimesCostOnlyTheRowsItHolds() {
    var merges = new StringBuilder("<mergeCells count=\"600\">");
    for (int index = 0; index < 300; index++) {
      // the attacker's file: hundreds of regions over the whole sheet, each once cut to 100,000 cells a region
      merges.append("<mergeCell ref=\"A2:A1048576\"/><mergeCell ref=\"")
          .append(HandWrittenXlsx.columnName(10 + index % 200)).append("1:XFD1048576\"/>");
    }
    byte[] file = HandWrittenXlsx.sheet("<dimension ref=\"A1:XFD1048576\"/><sheetData>" + row(1, HEADER)
        + dataRow(2, "מדד 1") + dataRow(3, "מדד 2") + "</sheetData>" + merges + "</mergeCells>").bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertThat(file.length).isLessThan(4_000);
    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).extracting(read -> read.text("domain")).containsExactly("חינוך", "חינוך");
    assertThat(sheet.rows()).extracting(read -> read.text("indicator")).containsExactly("מדד 1", "מדד 2");
  }

  @Test
  void mergedRegionsFillingMoreCellsThanTheBoundAreRefused() {
    var rows = new StringBuilder(row(1, HEADER));
    for (int number = 2; number <= 1_001; number++) {
      rows.append(dataRow(number, "מדד " + number));
    }
    String merges = "<mergeCells>" + "<mergeCell ref=\"A2:F1048576\"/>".repeat(100) + "</mergeCells>";
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + rows + "</sheetData>" + merges).bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: הטווחים הממוזגים בגיליונות שלו מכסים יותר מ-500,000 תאים");
  }

  @Test
  void moreMergedRegionsThanTheBoundAreRefused() {
    String merges = "<mergeCells>" + "<mergeCell ref=\"A2:A3\"/>".repeat(20_001) + "</mergeCells>";
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + row(1, HEADER) + dataRow(2, "מדד") + "</sheetData>"
        + merges).stored().bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בגיליון יותר מ-20,000 טווחים ממוזגים");
  }

  @Test
  void aDeclaredDimensionColumnsAndFarEmptyCellsCostNothing() {
    byte[] file = HandWrittenXlsx.sheet("<dimension ref=\"A1:XFD1048576\"/><cols><col min=\"1\" max=\"16384\" "
        + "width=\"9\"/></cols><sheetData>" + row(1, HEADER).replace("<row r=\"1\">", "<row r=\"1\" spans=\"1:16384\">")
        + dataRow(2, "מדד").replace("</row>", "<c r=\"XFD2\" s=\"0\"/></row>")
        + "<row r=\"1048576\" spans=\"1:16384\"><c r=\"XFD1048576\" s=\"0\"/></row></sheetData>").bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertThat(sheet.problems()).isEmpty();
    assertThat(sheet.rows()).singleElement().satisfies(read -> assertThat(read.text("indicator")).isEqualTo("מדד"));
  }

  @Test
  void aValuePastTheColumnsReadIsRefused() {
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER),
        dataRow(2, "מדד").replace("</row>", inlineCell("IW2", "הערה רחוקה") + "</row>")).bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בתא IW2 יש ערך, ונקראות רק 256 העמודות הראשונות (A עד IV)");
  }

  @Test
  void rowsAndCellsOutOfExcelsOwnBoundsAreNoExcelFile() {
    byte[] pastLastRow = HandWrittenXlsx.rows(row(1, HEADER), "<row r=\"1048577\"><c r=\"A1048577\"/></row>").bytes();
    byte[] backwards = HandWrittenXlsx.rows(row(2, HEADER), dataRow(1, "מדד")).bytes();
    byte[] pastLastColumn = HandWrittenXlsx.rows(row(1, HEADER), "<row r=\"2\"><c r=\"XFE2\"/></row>").bytes();

    for (byte[] file : new byte[][] {pastLastRow, backwards, pastLastColumn}) {
      assertRefused(ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS), XlsxGrid.NOT_EXCEL);
    }
  }

  @Test
  void rowsPastTheLimitAreNotRead() {
    var rows = new StringBuilder(row(1, HEADER));
    for (int number = 2; number <= SpreadsheetReader.MAX_DATA_ROWS + 20; number++) {
      rows.append(dataRow(number, "מדד " + number));
    }
    // a row out of order, far down: no Excel file, had the reader gone on that far
    rows.append(dataRow(3, "מדד"));
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + rows + "</sheetData>").bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: יותר מ-5,000 שורות");
  }

  @Test
  void declaredCountsOfStringsAndStylesAreNotBelieved() {
    var strings = new StringBuilder();
    for (String header : HEADER) {
      strings.append("<si><t>").append(header).append("</t></si>");
    }
    var header = new StringBuilder("<row r=\"1\">");
    for (int column = 0; column < HEADER.length; column++) {
      header.append("<c r=\"").append(HandWrittenXlsx.columnName(column)).append("1\" t=\"s\"><v>").append(column)
          .append("</v></c>");
    }
    byte[] file = HandWrittenXlsx.rows(header + "</row>",
            dataRow(2, "מדד").replace("<c r=\"E2\">", "<c r=\"E2\" s=\"1\">"))
        .sharedStrings("count=\"2147483647\" uniqueCount=\"2147483647\"", strings.toString())
        .styles("<numFmts count=\"2147483647\"/><cellXfs count=\"2147483647\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/>"
            + "</cellXfs>")
        .bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertThat(sheet.problems()).isEmpty();
    // 528 in a "0%" cell reads as the user sees it: 52800%
    assertThat(sheet.rows()).singleElement()
        .satisfies(read -> assertThat(read.number("value")).isEqualTo(new BigDecimal("52800")));
  }

  @Test
  void moreSharedStringsThanTheBoundAreRefused() {
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER)).sharedStrings("", "<si/>".repeat(1_000_001)).stored().bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בטבלת המחרוזות שלו יותר מ-1,000,000 מחרוזות");
  }

  @Test
  void aSharedStringTheTableDoesNotHaveIsNoExcelFile() {
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER), "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>7</v></c></row>")
        .sharedStrings("", "<si><t>חינוך</t></si>").bytes();

    assertRefused(ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS), XlsxGrid.NOT_EXCEL);
  }

  @Test
  void moreCellFormatsThanTheBoundAreRefused() {
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER), dataRow(2, "מדד"))
        .styles("<cellXfs>" + "<xf numFmtId=\"0\"/>".repeat(65_537) + "</cellXfs>").stored().bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: יש בו יותר מ-65,536 עיצובי תאים");
  }

  @Test
  void aCellLongerThanExcelAllowsIsRefused() {
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER), row(2, "א".repeat(40_000))).bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בתא A2 יותר מ-32,767 תווים");
  }

  @Test
  void moreFilledCellsThanTheBoundAreRefused() {
    var rows = new StringBuilder(row(1, HEADER));
    for (int number = 2; number <= 1_001; number++) {
      rows.append("<row r=\"").append(number).append("\">");
      for (int column = 0; column < 201; column++) {
        rows.append("<c r=\"").append(HandWrittenXlsx.columnName(column)).append(number).append("\"><v>")
            .append(number * column % 997).append("</v></c>");
      }
      rows.append("</row>");
    }
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + rows + "</sheetData>").bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בגיליונות שלו יותר מ-200,000 תאים מלאים");
  }

  @Test
  void moreTextThanTheBoundIsRefused() {
    var rows = new StringBuilder(row(1, HEADER));
    String text = "x".repeat(30_000);
    for (int number = 2; number <= 400; number++) {
      rows.append(row(number, text));
    }
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + rows + "</sheetData>").stored().bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בתאי הגיליונות שלו יותר מ-10,000,000 תווים");
  }

  @Test
  void aZipBombIsRefusedBeforeAnythingIsRead() {
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + " ".repeat(20_000_000) + "</sheetData>").bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertThat(file.length).isLessThan(100_000);
    assertRefused(sheet, "הקובץ דחוס באופן חריג (פי 100 ויותר), כפי שנראית 'פצצת zip'; קובץ Excel רגיל אינו כזה");
  }

  @Test
  void aSheetLargerThanItsBoundIsRefusedThoughItCompressesAsARealOneDoes() {
    var rows = new StringBuilder(18 * 1024 * 1024);
    for (int number = 1; rows.length() < 17 * 1024 * 1024; number++) {
      rows.append("<row r=\"").append(number).append("\">");
      for (int column = 0; column < 20; column++) {
        rows.append("<c r=\"").append(HandWrittenXlsx.columnName(column)).append(number).append("\" s=\"")
            .append((number * 7 + column) % 97).append("\"/>");
      }
      rows.append("</row>");
    }
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + rows + "</sheetData>").bytes();

    // 16 MB of XML are parsed before the bound is crossed: the parser makes a short-lived string of every
    // attribute (about 4.5 bytes allocated a byte parsed), and nothing of it is kept
    var sheet = ReadingCost.readWithin("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS, 128L * 1024 * 1024);

    assertThat(file.length).isLessThan(5 * 1024 * 1024);
    assertRefused(sheet, "הקובץ גדול מדי: הגיליון 'Sheet1' שלו גדול מ-16 MB");
  }

  @Test
  void aPackageOfMorePartsThanTheBoundIsRefused() {
    var xlsx = HandWrittenXlsx.rows(row(1, HEADER), dataRow(2, "מדד"));
    for (int index = 0; index < 1_000; index++) {
      xlsx.extraPart("xl/media/image" + index + ".png", new byte[] {1});
    }

    var sheet = ReadingCost.readCheaply("goals.xlsx", xlsx.bytes(), SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: יש בו יותר מ-1,000 רכיבים פנימיים");
  }

  @Test
  void aWorkbookListingMoreSheetsThanTheBoundIsRefused() {
    var sheets = new StringBuilder();
    for (int index = 1; index <= 201; index++) {
      sheets.append("<sheet name=\"s").append(index).append("\" sheetId=\"").append(index).append("\" r:id=\"rId1\"/>");
    }
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER), dataRow(2, "מדד")).sheetsOfWorkbook(sheets.toString()).bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: יש בו יותר מ-200 גיליונות");
  }

  @Test
  void sheetsNamingOnePartAreReadOnceThoughTheWorkbookListsThemAll() {
    var sheets = new StringBuilder();
    for (int index = 1; index <= 150; index++) {
      sheets.append("<sheet name=\"s").append(index).append("\" sheetId=\"").append(index).append("\" r:id=\"rId1\"/>");
    }
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER), dataRow(2, "מדד")).sheetsOfWorkbook(sheets.toString()).bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.sheet()).isEqualTo("s1"));
    assertThat(sheet.sheets()).hasSize(150).filteredOn(SheetSummary::read).hasSize(1);
    assertThat(sheet.notices()).contains("הגיליון 's150' לא נקרא: הגיליון ריק");
  }

  @Test
  void theCellBoundHoldsForAllTheSheetsTogether() {
    var workbook = new TestWorkbook();
    for (int index = 1; index <= 3; index++) {
      var rows = new ArrayList<List<?>>();
      for (int number = 0; number < 700; number++) {
        var cells = new Object[100];
        Arrays.fill(cells, number);
        rows.add(TestWorkbook.row(cells));
      }
      workbook.sheet("גיליון " + index, rows.toArray(List[]::new));
    }

    var sheet = ReadingCost.readCheaply("goals.xlsx", workbook.bytes(), SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: בגיליונות שלו יותר מ-200,000 תאים מלאים");
  }

  @Test
  void totalsThatNeverAddUpCostLittleAndAreRefusedWithTheFirstOfThem() {
    var rows = new ArrayList<List<?>>();
    rows.add(TestWorkbook.row("קוד סעיף", "שם הסעיף", "סכום"));
    for (int index = 0; index < 2_500; index++) {
      rows.add(TestWorkbook.row(null, "סה\"כ", 7 + index));
      rows.add(TestWorkbook.row(String.valueOf(1_000 + index), "סעיף", 1));
    }
    var book = List.of(ColumnSpec.of("code", "קוד סעיף", ColumnSpec.Kind.TEXT).asCode(),
        ColumnSpec.of("name", "שם הסעיף", ColumnSpec.Kind.TEXT), ColumnSpec.of("amount", "סכום", ColumnSpec.Kind.MONEY));

    var sheet = ReadingCost.readCheaply("book.xlsx", new TestWorkbook().sheet("ספר", rows.toArray(List[]::new)).bytes(),
        book);

    assertThat(sheet.unreadable()).isTrue();
    assertThat(sheet.problems()).hasSize(SpreadsheetReader.MAX_PROBLEMS + 1);
    // the first totals add up with the rows below them (7 in seven rows); a total waits for its rows among 64 others
    assertThat(sheet.problems().get(1).message()).isEqualTo("שורה 120, עמודה C (סכום): שורת הסיכום היא 66 ש\"ח, "
        + "אבל השורות שמעליה (שורה 119) מסתכמות ב-1 ש\"ח");
  }

  @Test
  void relationshipsLargerThanTheirBoundAreRefused() {
    var relationships = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
        + "\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    var random = new Random(7);
    for (int index = 0; relationships.length() < 1_200_000; index++) {
      relationships.append("<Relationship Id=\"rId").append(index).append("\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/hyperlink\" Target=\"https://example.org/").append(random.nextInt())
          .append("\" TargetMode=\"External\"/>");
    }
    byte[] file = HandWrittenXlsx.rows(row(1, HEADER), dataRow(2, "מדד"))
        .extraPart("xl/worksheets/_rels/sheet1.xml.rels", (relationships + "</Relationships>").getBytes(UTF_8)).bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: חלקי המבנה שלו (קשרים, סוגי תוכן, החוברת) גדולים מ-1 MB");
  }

  @Test
  void deeplyNestedXmlIsRefused() {
    byte[] file = HandWrittenXlsx.sheet("<sheetData>" + "<x>".repeat(100) + "</x>".repeat(100) + "</sheetData>").bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: רכיבי ה-XML שלו מקוננים לעומק של יותר מ-64");
  }

  @Test
  void anAttributeLongerThanTheParserShouldHoldIsRefused() {
    byte[] file = HandWrittenXlsx.sheet("<sheetData><row r=\"1\" x=\"" + "y".repeat(600_000) + "\"/></sheetData>")
        .stored().bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, "הקובץ גדול מדי: יש בו ערך או תגית ארוכים מ-512 KB");
  }

  @Test
  void entitiesAndDoctypesAreNoExcelFile() {
    String laughs = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
    byte[] file = HandWrittenXlsx.rawSheet("<?xml version=\"1.0\"?>" + laughs + HandWrittenXlsx.worksheet(
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&d;&d;&d;</t></is></c></row></sheetData>")).bytes();

    var sheet = ReadingCost.readCheaply("goals.xlsx", file, SpreadsheetReaderTest.COLUMNS);

    assertRefused(sheet, XlsxGrid.NOT_EXCEL);
  }

  /** A data row of the test's columns: text in A to D, numbers in E and F. */
  private static String dataRow(int number, String indicator) {
    return "<row r=\"" + number + "\">" + inlineCell("A" + number, "חינוך") + inlineCell("B" + number, "מטרה")
        + inlineCell("C" + number, "יעד") + inlineCell("D" + number, indicator) + "<c r=\"E" + number + "\"><v>528</v>"
        + "</c><c r=\"F" + number + "\"><v>2025</v></c></row>";
  }
}
