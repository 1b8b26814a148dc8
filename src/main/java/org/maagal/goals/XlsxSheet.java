package org.maagal.goals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.spreadsheets.SheetTemplate;

/**
 * The goal tree written as an Excel workbook, right to left with a header a municipality can
 * filter on; and the empty template. Uploads are read by {@code org.maagal.spreadsheets}.
 */
final class XlsxSheet {

  private static final String DEFAULT_SHEET_NAME = "עץ מטרות";
  /** The template's example: one indicator row, to be written over. */
  static final GoalTreeRow SAMPLE = new GoalTreeRow("חינוך", "מיצוי הפוטנציאל של כל תלמיד",
      "העלאת שיעור הזכאות לבגרות", "אחוז הזכאים לתעודת בגרות", "%", Direction.HIGHER_IS_BETTER,
      new BigDecimal("72"), 2025, new BigDecimal("80"), 2027, "מחלקת בתי ספר", "משרד החינוך", true);
  private static final String GENERAL_NOTE = "שורה לכל מדד, או לכל מטרה שעוד אין לה מדדים. את הכותרות אפשר "
      + "להזיז ולכתוב גם בכתיב אחר (למשל 'ערך היעד'), ומעליהן אפשר לכתוב כותרת לגיליון. תחום, מטרה ויעד "
      + "שנכתבו פעם אחת חלים על השורות הריקות שמתחתם. קובץ שיש בו שורה שגויה אחת אינו נקלט כלל, ובהודעה "
      + "כתובות כל השורות השגויות.";

  private XlsxSheet() {
  }

  /** The tree; its vision, when it has one, in a line above the header ("חזון העיר: ..."), where an upload finds it. */
  static byte[] write(List<GoalTreeRow> rows, String sheetTitle, String vision) {
    try (var workbook = new XSSFWorkbook()) {
      var sheet = writeRows(workbook, rows, sheetName(sheetTitle), vision == null ? 0 : 1);
      if (vision != null) {
        var line = sheet.createRow(0);
        line.createCell(0).setCellValue(GoalTreeVision.PREFIX + vision);
        var style = workbook.createCellStyle();
        var bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        line.getCell(0).setCellStyle(style);
      }
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  /**
   * An empty goal tree to fill in: the headers and one sample row to overwrite, and a second sheet
   * that explains each column, since a template without its rules gets filled in wrong.
   */
  static byte[] template(String sheetTitle) {
    try (var workbook = new XSSFWorkbook()) {
      writeRows(workbook, List.of(SAMPLE), sheetName(sheetTitle), 0);
      SheetTemplate.addNotes(workbook, Arrays.stream(GoalTreeColumn.values())
          .map(column -> new SheetTemplate.Column(column.header(), column.explanation())).toList(), GENERAL_NOTE);
      return bytes(workbook);
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  private static XSSFSheet writeRows(XSSFWorkbook workbook, List<GoalTreeRow> rows, String sheetName, int headerRow) {
    var sheet = workbook.createSheet(sheetName);
    sheet.setRightToLeft(true);
    writeHeader(workbook, sheet, headerRow);
    var text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    var number = workbook.createCellStyle();
    number.setVerticalAlignment(VerticalAlignment.TOP);
    for (int index = 0; index < rows.size(); index++) {
      var row = sheet.createRow(headerRow + index + 1);
      for (GoalTreeColumn column : GoalTreeColumn.values()) {
        writeCell(row, column, column.valueIn(rows.get(index)), text, number);
      }
    }
    sheet.createFreezePane(0, headerRow + 1);
    sheet.setAutoFilter(new CellRangeAddress(headerRow, headerRow + rows.size(), 0, GoalTreeColumn.values().length - 1));
    return sheet;
  }

  private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    try (var bytes = new ByteArrayOutputStream()) {
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }

  private static void writeHeader(XSSFWorkbook workbook, XSSFSheet sheet, int headerRow) {
    var style = SheetTemplate.headerStyle(workbook);
    var header = sheet.createRow(headerRow);
    for (GoalTreeColumn column : GoalTreeColumn.values()) {
      var cell = header.createCell(column.ordinal());
      cell.setCellValue(column.header());
      cell.setCellStyle(style);
      sheet.setColumnWidth(column.ordinal(), column.widthInCharacters() * SheetTemplate.CHARACTER_WIDTH);
    }
  }

  /** Numbers and years go in as numbers, so Excel can sum and filter them; Excel holds numbers as doubles. */
  private static void writeCell(Row row, GoalTreeColumn column, Object value, CellStyle text, CellStyle number) {
    if (value == null) {
      return;
    }
    var cell = row.createCell(column.ordinal());
    if (value instanceof BigDecimal decimal) {
      cell.setCellValue(decimal.doubleValue());
      cell.setCellStyle(number);
    } else if (value instanceof Integer year) {
      cell.setCellValue(year);
      cell.setCellStyle(number);
    } else {
      cell.setCellValue(value.toString());
      cell.setCellStyle(text);
    }
  }

  /** Excel limits a sheet name to 31 characters, without : \ / ? * [ ]. */
  private static String sheetName(String title) {
    return title == null || title.isBlank() ? DEFAULT_SHEET_NAME : WorkbookUtil.createSafeSheetName(title.strip());
  }
}
