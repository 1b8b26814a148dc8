package org.maagal.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An empty budget book to fill in: the Hebrew headers, one sample row to write over, and a sheet
 * "הסבר" explaining each column, since a template without its rules gets filled in wrong.
 */
final class BudgetBookTemplate {

  static final String SHEET_NAME = "ספר התקציב";
  static final String NOTES_SHEET_NAME = "הסבר";
  private static final int CHARACTER_WIDTH = 256;
  private static final String GENERAL_NOTE = "שורה לכל סעיף תקציבי. את העמודות אפשר להזיז ולכתוב גם בכתיב אחר "
      + "(למשל 'סעיף תקציבי' או 'סכום בש\"ח'), ומעל הכותרות אפשר לכתוב כותרת לגיליון. קובץ שיש בו שורה שגויה "
      + "אחת אינו נקלט כלל, ובהודעה כתובות כל השורות השגויות. כל קליטה היא גרסה חדשה של ספר התקציב של המעגל; "
      + "הגרסאות הקודמות נשמרות.";

  private BudgetBookTemplate() {
  }

  static byte[] write() {
    try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet(SHEET_NAME);
      sheet.setRightToLeft(true);
      var headerStyle = headerStyle(workbook);
      var header = sheet.createRow(0);
      var sample = sheet.createRow(1);
      for (BudgetColumn column : BudgetColumn.values()) {
        var cell = header.createCell(column.ordinal());
        cell.setCellValue(column.header());
        cell.setCellStyle(headerStyle);
        if (column.sample() instanceof Number number) {
          sample.createCell(column.ordinal()).setCellValue(number.doubleValue());
        } else {
          sample.createCell(column.ordinal()).setCellValue(column.sample().toString());
        }
        sheet.setColumnWidth(column.ordinal(), column.widthInCharacters() * CHARACTER_WIDTH);
      }
      sheet.createFreezePane(0, 1);
      writeNotes(workbook, headerStyle);
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  private static void writeNotes(XSSFWorkbook workbook, XSSFCellStyle headerStyle) {
    var notes = workbook.createSheet(NOTES_SHEET_NAME);
    notes.setRightToLeft(true);
    var header = notes.createRow(0);
    String[] titles = {"עמודה", "כותרת", "הסבר"};
    for (int index = 0; index < titles.length; index++) {
      header.createCell(index).setCellValue(titles[index]);
      header.getCell(index).setCellStyle(headerStyle);
    }
    var text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    for (BudgetColumn column : BudgetColumn.values()) {
      var row = notes.createRow(column.ordinal() + 1);
      row.createCell(0).setCellValue(CellReference.convertNumToColString(column.ordinal()));
      row.createCell(1).setCellValue(column.header());
      row.createCell(2).setCellValue(column.explanation());
      row.getCell(2).setCellStyle(text);
    }
    var general = notes.createRow(BudgetColumn.values().length + 2);
    general.createCell(2).setCellValue(GENERAL_NOTE);
    general.getCell(2).setCellStyle(text);
    notes.setColumnWidth(0, 8 * CHARACTER_WIDTH);
    notes.setColumnWidth(1, 16 * CHARACTER_WIDTH);
    notes.setColumnWidth(2, 90 * CHARACTER_WIDTH);
  }

  private static XSSFCellStyle headerStyle(XSSFWorkbook workbook) {
    var font = workbook.createFont();
    font.setBold(true);
    var style = workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    return style;
  }
}
