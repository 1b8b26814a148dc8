package org.maagal.budget;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.spreadsheets.SheetTemplate;

/**
 * An empty budget book to fill in: the Hebrew headers, one sample row to write over, and a sheet
 * "הסבר" explaining each column, since a template without its rules gets filled in wrong.
 */
final class BudgetBookTemplate {

  static final String SHEET_NAME = "ספר התקציב";
  private static final String GENERAL_NOTE = "שורה לכל סעיף תקציבי. את העמודות אפשר להזיז ולכתוב גם בכתיב אחר "
      + "(למשל 'סעיף תקציבי' או 'סכום בש\"ח'), ומעל הכותרות אפשר לכתוב כותרת לגיליון. אפשר גם להעלות את ספר "
      + "התקציב כפי שהגזברות מחזיקה אותו: גיליון לתקציב הרגיל וגיליון לתב\"ר, שורות סה\"כ לכל מחלקה ולכל הספר "
      + "(נבדקות מול השורות שהן מסכמות ואינן נקלטות כסעיפים), סכומים באלפי ש\"ח (כשהכותרת או השורה שמעליה אומרות "
      + "זאת) ושורות הכנסה (אינן נקלטות ואינן נספרות בתקרות). התצוגה המקדימה מראה מה נקרא מכל גיליון ומה לא, "
      + "ולמה. קובץ שיש בו שורה שגויה אחת אינו נקלט כלל, ובהודעה כתובות כל השורות השגויות. כל קליטה היא גרסה "
      + "חדשה של ספר התקציב של המעגל; הגרסאות הקודמות נשמרות.";

  private BudgetBookTemplate() {
  }

  static byte[] write() {
    try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet(SHEET_NAME);
      sheet.setRightToLeft(true);
      var headerStyle = SheetTemplate.headerStyle(workbook);
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
        sheet.setColumnWidth(column.ordinal(), column.widthInCharacters() * SheetTemplate.CHARACTER_WIDTH);
      }
      sheet.createFreezePane(0, 1);
      SheetTemplate.addNotes(workbook, Arrays.stream(BudgetColumn.values())
          .map(column -> new SheetTemplate.Column(column.header(), column.explanation())).toList(), GENERAL_NOTE);
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }
}
