package org.maagal.spreadsheets;

import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every spreadsheet Maagal hands out to be filled in shares: the header's style, and a sheet
 * "הסבר" that explains each column, since a template without its rules gets filled in wrong.
 */
public final class SheetTemplate {

  private static final String NOTES_SHEET_NAME = "הסבר";
  /** POI measures a column's width in 1/256 of a character. */
  public static final int CHARACTER_WIDTH = 256;

  /** A column as the notes sheet explains it. */
  public record Column(String header, String explanation) {
  }

  private SheetTemplate() {
  }

  /** Bold on pale blue, bordered below, wrapped: the header row of every sheet we write. */
  public static CellStyle headerStyle(XSSFWorkbook workbook) {
    var font = workbook.createFont();
    font.setBold(true);
    var style = workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    return style;
  }

  /**
   * A new right-to-left sheet that is a table: its header row in the header's style, each column this many
   * characters wide. {@link #filterUnderHeader} finishes it once its rows are written.
   */
  public static XSSFSheet table(XSSFWorkbook workbook, String name, String[] headers, int[] widths) {
    var sheet = workbook.createSheet(name);
    sheet.setRightToLeft(true);
    var style = headerStyle(workbook);
    var header = sheet.createRow(0);
    for (int column = 0; column < headers.length; column++) {
      var cell = header.createCell(column);
      cell.setCellValue(headers[column]);
      cell.setCellStyle(style);
      sheet.setColumnWidth(column, widths[column] * CHARACTER_WIDTH);
    }
    return sheet;
  }

  /** The table's header stays in view, and every column filters: over its rows, the header's too when it has none. */
  public static void filterUnderHeader(XSSFSheet sheet, int columns) {
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
  }

  /** Adds the sheet "הסבר": a row per column (its letter, header and explanation), then the general note. */
  public static void addNotes(XSSFWorkbook workbook, List<Column> columns, String generalNote) {
    var notes = workbook.createSheet(NOTES_SHEET_NAME);
    notes.setRightToLeft(true);
    var style = headerStyle(workbook);
    var header = notes.createRow(0);
    String[] titles = {"עמודה", "כותרת", "הסבר"};
    for (int index = 0; index < titles.length; index++) {
      header.createCell(index).setCellValue(titles[index]);
      header.getCell(index).setCellStyle(style);
    }
    var text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    for (int index = 0; index < columns.size(); index++) {
      var row = notes.createRow(index + 1);
      row.createCell(0).setCellValue(CellReference.convertNumToColString(index));
      row.createCell(1).setCellValue(columns.get(index).header());
      row.createCell(2).setCellValue(columns.get(index).explanation());
      row.getCell(2).setCellStyle(text);
    }
    var general = notes.createRow(columns.size() + 2);
    general.createCell(2).setCellValue(generalNote);
    general.getCell(2).setCellStyle(text);
    notes.setColumnWidth(0, 8 * CHARACTER_WIDTH);
    notes.setColumnWidth(1, 16 * CHARACTER_WIDTH);
    notes.setColumnWidth(2, 90 * CHARACTER_WIDTH);
  }

  /** Text that wraps in its cell, at the cell's top: for the long texts of a row. */
  public static CellStyle wrapped(XSSFWorkbook workbook) {
    var wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    return wrapped;
  }

  /** A text cell (empty for null), in the style when one is given. */
  public static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
