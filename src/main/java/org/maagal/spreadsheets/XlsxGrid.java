package org.maagal.spreadsheets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an Excel workbook as text, each cell as Excel shows it. POI's zip-bomb limits
 * (ZipSecureFile) stay at their defaults.
 */
final class XlsxGrid {

  // Excel itself shows at most 15 significant digits; beyond them a double only carries noise (0.1+0.2).
  private static final MathContext EXCEL_DIGITS = new MathContext(15);
  static final String NOT_EXCEL = "הקובץ אינו קובץ Excel תקין";

  private XlsxGrid() {
  }

  /** The non-blank rows of the first sheet, at most {@code maxLines} of them. */
  static Grid read(byte[] bytes, int maxLines) throws UnreadableFileException {
    try (var workbook = open(bytes)) {
      var lines = new ArrayList<Grid.Line>();
      if (workbook.getNumberOfSheets() == 0) {
        return new Grid(lines);
      }
      Sheet sheet = workbook.getSheetAt(0);
      var merged = mergedValues(sheet);
      var formatter = new DataFormatter();
      for (Row row : sheet) {
        // a row is blank by its own cells: a merged group reaching past the last filled row adds no row
        boolean blank = new Grid.Line(row.getRowNum() + 1, texts(row, Map.of(), formatter)).blank();
        var line = new Grid.Line(row.getRowNum() + 1, texts(row, merged, formatter));
        if (!blank) {
          lines.add(line);
          if (lines.size() >= maxLines) {
            break;
          }
        }
      }
      return new Grid(lines);
    } catch (IOException e) {
      throw notExcel(e);
    }
  }

  /** POI answers a corrupt or hostile file with many kinds of runtime exception; each means the file, not a bug. */
  private static XSSFWorkbook open(byte[] bytes) throws UnreadableFileException {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (EmptyFileException e) {
      throw new UnreadableFileException(SheetProblem.ofFile(SpreadsheetReader.EMPTY_FILE), e);
    } catch (IOException | RuntimeException e) {
      throw notExcel(e);
    }
  }

  private static UnreadableFileException notExcel(Exception cause) {
    return new UnreadableFileException(SheetProblem.ofFile(NOT_EXCEL), cause);
  }

  /**
   * A merged cell shows its value across all its rows and columns, so every cell of the region
   * reads as that value; POI holds it only in the region's first cell.
   */
  private static Map<Long, Cell> mergedValues(Sheet sheet) {
    var values = new HashMap<Long, Cell>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      Row first = sheet.getRow(region.getFirstRow());
      Cell value = first == null ? null : first.getCell(region.getFirstColumn());
      if (value == null || region.getNumberOfCells() > 100_000) {
        continue;
      }
      for (int row = region.getFirstRow(); row <= region.getLastRow(); row++) {
        for (int column = region.getFirstColumn(); column <= region.getLastColumn(); column++) {
          values.put(position(row, column), value);
        }
      }
    }
    return values;
  }

  private static long position(int row, int column) {
    return ((long) row << 20) | column;
  }

  private static List<String> texts(Row row, Map<Long, Cell> merged, DataFormatter formatter) {
    var texts = new ArrayList<String>();
    int last = row.getLastCellNum();
    for (int index = 0; index < last; index++) {
      Cell cell = merged.getOrDefault(position(row.getRowNum(), index), row.getCell(index));
      texts.add(cell == null ? null : textOf(cell, formatter));
    }
    // A merged region may reach past the last cell POI holds for this row.
    for (int index = last < 0 ? 0 : last; merged.containsKey(position(row.getRowNum(), index)); index++) {
      texts.add(textOf(merged.get(position(row.getRowNum(), index)), formatter));
    }
    return texts;
  }

  /** A formula counts by the value Excel last calculated; we never evaluate a user's formulas. */
  private static String textOf(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (((XSSFCell) cell).getRawValue() == null) {
        return null;
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> number(cell, formatter);
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.isValidCode(cell.getErrorCellValue())
          ? FormulaError.forInt(cell.getErrorCellValue()).getString() : "#ERROR";
      default -> null;
    };
  }

  /**
   * A number as the user sees it: Excel stores 72% as 0.72, and the user typed and reads 72, so a
   * percent-formatted cell reads as "72%" (72 in a number column). Dates read as Excel shows them.
   */
  private static String number(Cell cell, DataFormatter formatter) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return formatter.formatCellValue(cell);
    }
    var value = new BigDecimal(cell.getNumericCellValue()).round(EXCEL_DIGITS);
    String format = cell.getCellStyle().getDataFormatString();
    boolean percent = format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
    if (percent) {
      return CellText.canonical(value.movePointRight(2)).toPlainString() + "%";
    }
    return CellText.canonical(value).toPlainString();
  }
}
