package org.maagal.workplans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.maagal.spreadsheets.SheetTemplate;
import org.springframework.stereotype.Component;

/**
 * The year's additional budget requests as an Excel sheet, right to left, for finance to take into next year's
 * budget proposal: a row per request, amounts as numbers, finance's decision in Hebrew, filtered under its header.
 */
@Component
class AdditionalRequestsXlsx {

  static final String SHEET = "בקשות לתקציב נוסף";
  static final String[] COLUMNS = {"מחלקה", "פעילות", "סכום מבוקש", "מטרה", "מקור מימון", "גורם מממן", "החלטה",
      "סכום שאושר", "סעיף חדש", "הערת הגזברות"};
  private static final int[] WIDTHS = {20, 36, 14, 44, 16, 20, 22, 14, 12, 36};

  byte[] xlsx(List<AdditionalRequests.RequestRow> rows) {
    try (var workbook = new XSSFWorkbook()) {
      var sheet = SheetTemplate.table(workbook, SHEET, COLUMNS, WIDTHS);
      var money = workbook.createCellStyle();
      money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
      int next = 1;
      for (var row : rows) {
        var request = row.request();
        var line = sheet.createRow(next++);
        text(line, 0, row.departmentName(), null);
        text(line, 1, row.activityTitle(), null);
        amount(line, 2, request.amount(), money);
        text(line, 3, request.purpose(), null);
        text(line, 4, request.fundingKindName(), null);
        text(line, 5, request.funder(), null);
        text(line, 6, request.statusName(), null);
        amount(line, 7, request.approvedAmount(), money);
        text(line, 8, request.clauseCode(), null);
        text(line, 9, request.financeNote(), null);
      }
      SheetTemplate.filterUnderHeader(sheet, COLUMNS.length);
      try (var bytes = new ByteArrayOutputStream()) {
        workbook.write(bytes);
        return bytes.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    var cell = row.createCell(column);
    cell.setCellValue(value == null ? "" : value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  /** An amount as a number; none leaves the cell empty. */
  private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
    var cell = row.createCell(column);
    if (value != null) {
      cell.setCellValue(value.doubleValue());
    }
    cell.setCellStyle(style);
  }
}
