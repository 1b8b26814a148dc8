package org.maagal.spreadsheets;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as a treasury or a strategy unit keeps one, built with POI in a test: named sheets, each a list of
 * rows (null for a row left empty), each row its cells' values from column A (a number, a text, or null for an
 * empty cell).
 */
public final class TestWorkbook {

  private final XSSFWorkbook workbook = new XSSFWorkbook();

  /** A row of cells from column A: numbers as numbers, texts as texts, null left empty. */
  public static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  public TestWorkbook sheet(String name, List<?>... rows) {
    fill(workbook.createSheet(name), rows);
    return this;
  }

  /** A sheet the workbook keeps hidden. */
  public TestWorkbook hiddenSheet(String name, List<?>... rows) {
    sheet(name, rows);
    workbook.setSheetHidden(workbook.getSheetIndex(name), true);
    return this;
  }

  /** Whatever else a sheet carries (merged cells, number formats, hidden rows, formulas), done with POI. */
  public TestWorkbook edit(String sheet, Consumer<XSSFSheet> change) {
    change.accept(workbook.getSheet(sheet));
    return this;
  }

  public byte[] bytes() {
    try (workbook; var out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fill(XSSFSheet sheet, List<?>... rows) {
    sheet.setRightToLeft(true);
    for (int index = 0; index < rows.length; index++) {
      if (rows[index] == null) {
        continue;
      }
      var row = sheet.createRow(index);
      List<?> values = rows[index];
      for (int column = 0; column < values.size(); column++) {
        Object value = values.get(column);
        if (value instanceof Number number) {
          row.createCell(column).setCellValue(number.doubleValue());
        } else if (value != null) {
          row.createCell(column).setCellValue(value.toString());
        }
      }
    }
  }
}
