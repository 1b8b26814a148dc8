package org.maagal.goals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The goal tree as an Excel workbook: its first sheet, read by cell values, and written right to
 * left with a header a municipality can filter on. POI's zip-bomb limits (ZipSecureFile) stay at
 * their defaults.
 */
final class XlsxSheet {

  private static final String DEFAULT_SHEET_NAME = "עץ מטרות";
  private static final int CHARACTER_WIDTH = 256;

  private XlsxSheet() {
  }

  /** Hands each row of the first sheet, by its row number, to {@code keepReading} until that answers false. */
  static void read(InputStream in, Predicate<SheetRow> keepReading) throws UnreadableSheetException {
    try (var workbook = open(in)) {
      if (workbook.getNumberOfSheets() == 0) {
        return;
      }
      for (Row row : workbook.getSheetAt(0)) {
        if (!keepReading.test(new SheetRow(row.getRowNum() + 1, textsOf(row)))) {
          return;
        }
      }
    } catch (IOException e) {
      throw notExcel(e);
    }
  }

  static byte[] write(List<GoalTreeRow> rows, String sheetTitle) {
    try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
      var sheet = workbook.createSheet(sheetName(sheetTitle));
      sheet.setRightToLeft(true);
      writeHeader(workbook, sheet);
      var text = workbook.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.TOP);
      var number = workbook.createCellStyle();
      number.setVerticalAlignment(VerticalAlignment.TOP);
      for (int index = 0; index < rows.size(); index++) {
        var row = sheet.createRow(index + 1);
        for (GoalTreeColumn column : GoalTreeColumn.values()) {
          writeCell(row, column, column.valueIn(rows.get(index)), text, number);
        }
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, GoalTreeColumn.values().length - 1));
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Writing a workbook to memory cannot fail", e);
    }
  }

  /** POI answers a corrupt or hostile file with many kinds of runtime exception; each means the file, not a bug. */
  private static XSSFWorkbook open(InputStream in) throws UnreadableSheetException {
    try {
      return new XSSFWorkbook(in);
    } catch (EmptyFileException e) {
      throw new UnreadableSheetException(new RowProblem(0, GoalTreeSheets.EMPTY_FILE), e);
    } catch (IOException | RuntimeException e) {
      throw notExcel(e);
    }
  }

  private static UnreadableSheetException notExcel(Exception cause) {
    return new UnreadableSheetException(new RowProblem(0, "הקובץ אינו קובץ Excel תקין"), cause);
  }

  private static List<String> textsOf(Row row) {
    var texts = new ArrayList<String>();
    for (int index = 0; index < row.getLastCellNum(); index++) {
      Cell cell = row.getCell(index);
      texts.add(cell == null ? null : textOf(cell));
    }
    return texts;
  }

  /** A formula counts by the value Excel last calculated; we never evaluate a user's formulas. */
  private static String textOf(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (((XSSFCell) cell).getRawValue() == null) {
        return null;
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> GoalTreeRowParser.canonical(BigDecimal.valueOf(cell.getNumericCellValue())).toPlainString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.isValidCode(cell.getErrorCellValue())
          ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#ERROR";
      default -> null;
    };
  }

  private static void writeHeader(XSSFWorkbook workbook, XSSFSheet sheet) {
    var font = workbook.createFont();
    font.setBold(true);
    var style = workbook.createCellStyle();
    style.setFont(font);
    style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    var header = sheet.createRow(0);
    for (GoalTreeColumn column : GoalTreeColumn.values()) {
      var cell = header.createCell(column.ordinal());
      cell.setCellValue(column.header());
      cell.setCellStyle(style);
      sheet.setColumnWidth(column.ordinal(), column.widthInCharacters() * CHARACTER_WIDTH);
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
