package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one reader of every spreadsheet uploaded to Maagal, XLSX or CSV. It never throws on what a
 * user uploads: it answers with the rows it read and every problem, in Hebrew, named by the user's
 * own row, column letter and header. Which columns a file must have and what their values mean is
 * the caller's business; the reader only finds them and reads their cells. Whatever a file declares, reading
 * it is bounded in memory and time ({@link ReadLimits}): a file past a bound is refused with the bound's
 * reason.
 */
public final class SpreadsheetReader {

  public static final int MAX_DATA_ROWS = 5_000;
  /** Past this many problems a file is refused with these first ones, not read on. */
  public static final int MAX_PROBLEMS = 1_000;
  public static final String EMPTY_FILE = "הקובץ ריק";
  private static final byte[] ZIP_START = {'P', 'K', 3, 4};

  private SpreadsheetReader() {
  }

  /**
   * A number as a user writes it in a cell or a form, read the way the sheets are: "1,250" is 1250,
   * "72%" is 72; empty when the text is not a number.
   */
  public static Optional<BigDecimal> number(String text) {
    return CellText.number(CellText.trimmed(text));
  }

  /**
   * Reads a file by its name (.xlsx or .csv; by its first bytes when the name says neither).
   *
   * @param expected the columns to find, in the order their grouping nests (outermost first)
   */
  public static Spreadsheet read(String fileName, byte[] bytes, List<ColumnSpec> expected) {
    int maxLines = HeaderRow.SEARCHED_LINES + MAX_DATA_ROWS + 1;
    Grid grid;
    try {
      grid = isXlsx(fileName, bytes) ? XlsxGrid.read(bytes, maxLines)
          : CsvGrid.read(bytes, maxLines, HeaderRow.SEARCHED_LINES, lines -> HeaderRow.bestScore(lines, expected));
    } catch (UnreadableFileException e) {
      return Spreadsheet.refused(e.problem());
    }
    if (grid.lines().isEmpty()) {
      return Spreadsheet.refused(SheetProblem.ofFile(EMPTY_FILE));
    }
    var found = HeaderRow.find(grid, expected);
    if (found.isEmpty()) {
      return Spreadsheet.refused(SheetProblem.ofFile("לא נמצאה שורת כותרות ב-" + HeaderRow.SEARCHED_LINES
          + " השורות הראשונות; הכותרות הצפויות: " + headers(expected)));
    }
    var header = found.get();
    if (!header.problems().isEmpty()) {
      return new Spreadsheet(List.of(),
          header.problems().stream().map(reason -> SheetProblem.ofRow(header.number(), reason)).toList(),
          header.notices());
    }
    var dataLines = grid.lines().stream().filter(line -> line.number() > header.number()).toList();
    if (dataLines.isEmpty()) {
      return Spreadsheet.refused(SheetProblem.ofFile(EMPTY_FILE));
    }
    if (dataLines.size() > MAX_DATA_ROWS) {
      return Spreadsheet.refused(SheetProblem.ofFile(
          "הקובץ גדול מדי: יותר מ-" + String.format(Locale.ROOT, "%,d", MAX_DATA_ROWS) + " שורות"));
    }
    var reader = new DataRows(header, expected);
    var rows = new ArrayList<SpreadsheetRow>(dataLines.size());
    var problems = new ArrayList<SheetProblem>();
    for (Grid.Line line : dataLines) {
      var row = reader.read(line);
      rows.add(row);
      problems.addAll(row.problems());
      if (problems.size() > MAX_PROBLEMS) {
        return tooManyProblems(problems, line.number(), header.notices());
      }
    }
    var linesAbove = grid.lines().stream().filter(line -> line.number() < header.number())
        .map(line -> line.cells().stream().filter(text -> text != null && !CellText.blank(text)).map(CellText::trimmed)
            .collect(Collectors.joining(" ")))
        .filter(text -> !text.isEmpty()).toList();
    return new Spreadsheet(rows, problems, header.notices(), linesAbove);
  }

  /**
   * A file with more than {@link #MAX_PROBLEMS} problems (a whole sheet of values under no header, say) is
   * refused whole with the first of them: listing every one would cost more than the file is worth.
   */
  private static Spreadsheet tooManyProblems(List<SheetProblem> problems, int row, List<String> notices) {
    var first = new ArrayList<SheetProblem>(MAX_PROBLEMS + 1);
    first.add(SheetProblem.ofFile("נמצאו יותר מ-" + String.format(Locale.ROOT, "%,d", MAX_PROBLEMS)
        + " בעיות, והקריאה נעצרה בשורה " + row + "; אלה הראשונות. תקנו אותן ונסו שוב."));
    first.addAll(problems.subList(0, MAX_PROBLEMS));
    return new Spreadsheet(List.of(), first, notices);
  }

  private static String headers(List<ColumnSpec> expected) {
    return expected.stream().map(ColumnSpec::header).collect(Collectors.joining(", "));
  }

  private static boolean isXlsx(String fileName, byte[] bytes) {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx")) {
      return true;
    }
    if (name.endsWith(".csv")) {
      return false;
    }
    if (bytes.length < ZIP_START.length) {
      return false;
    }
    for (int index = 0; index < ZIP_START.length; index++) {
      if (bytes[index] != ZIP_START[index]) {
        return false;
      }
    }
    return true;
  }
}
