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

  /** An amount of shekels as people write it: "1,250,000", "₪ 1,250,000", "1,250,000 ש\"ח", "1 250 000". */
  public static Optional<BigDecimal> amount(String text) {
    return CellText.amount(CellText.trimmed(text));
  }

  /**
   * Reads a file by its name (.xlsx or .csv; by its first bytes when the name says neither).
   *
   * @param expected the columns to find, in the order their grouping nests (outermost first)
   */
  public static Spreadsheet read(String fileName, byte[] bytes, List<ColumnSpec> expected) {
    return read(fileName, bytes, expected, RowFilter.NONE);
  }

  /**
   * Reads every sheet of a file that has the expected columns; the others are named in a notice (but a sheet that
   * has most of them and lacks one is a problem, not passed over), and a file in which none has them is refused,
   * each sheet named with what it lacks.
   *
   * @param expected the columns to find, in the order their grouping nests (outermost first)
   * @param filter the rows the import leaves out, with its reason
   */
  public static Spreadsheet read(String fileName, byte[] bytes, List<ColumnSpec> expected, RowFilter filter) {
    int maxLines = HeaderRow.SEARCHED_LINES + MAX_DATA_ROWS + 1;
    List<Grid> grids;
    try {
      grids = isXlsx(fileName, bytes) ? XlsxGrid.read(bytes, maxLines)
          : List.of(CsvGrid.read(bytes, maxLines, HeaderRow.SEARCHED_LINES, lines -> HeaderRow.bestScore(lines, expected)));
    } catch (UnreadableFileException e) {
      return Spreadsheet.refused(e.problem());
    }
    if (grids.stream().allMatch(grid -> grid.lines().isEmpty() && !grid.hidden())) {
      return Spreadsheet.refused(SheetProblem.ofFile(EMPTY_FILE));
    }
    boolean named = grids.size() > 1;
    var sheets = grids.stream().map(grid -> new SheetReading(grid, named, expected)).toList();
    var fitting = sheets.stream().filter(SheetReading::fits).toList();
    if (fitting.isEmpty()) {
      return named ? noSheetFits(sheets, expected) : refused(sheets.get(0), expected);
    }
    if (fitting.stream().mapToInt(SheetReading::dataLines).sum() > MAX_DATA_ROWS) {
      return Spreadsheet.refused(SheetProblem.ofFile(
          "הקובץ גדול מדי: יותר מ-" + String.format(Locale.ROOT, "%,d", MAX_DATA_ROWS) + " שורות"));
    }
    var rows = new ArrayList<SpreadsheetRow>();
    var problems = new ArrayList<SheetProblem>();
    var notices = new ArrayList<String>();
    for (SheetReading sheet : sheets) {
      if (!sheet.fits() && sheet.header() != null && sheet.header().mostlyThere()) {
        sheet.header().missing().forEach(reason ->
            problems.add(SheetProblem.ofRow(sheet.grid().sheet(), sheet.header().number(), reason)));
        continue;
      }
      if (!sheet.fits()) {
        notices.add("הגיליון '" + sheet.grid().sheet() + "' לא נקרא: " + sheet.notReadReason());
        continue;
      }
      sheet.read(filter, MAX_PROBLEMS - problems.size());
      rows.addAll(sheet.rows());
      problems.addAll(sheet.problems());
      notices.addAll(sheet.notices());
      if (problems.size() > MAX_PROBLEMS) {
        return tooManyProblems(problems, notices);
      }
    }
    var summaries = sheets.stream().map(SheetReading::summary).toList();
    // a title or a vision stands above the header, or on a cover sheet before the first sheet read
    var linesAbove = new ArrayList<String>();
    for (SheetReading sheet : sheets.subList(0, sheets.indexOf(fitting.get(0)) + 1)) {
      linesAbove.addAll(sheet.linesAbove());
    }
    return new Spreadsheet(rows, problems, notices, linesAbove, summaries);
  }

  /** A file of one sheet that does not fit, refused as it always was: by its header row, or as a whole. */
  private static Spreadsheet refused(SheetReading sheet, List<ColumnSpec> expected) {
    var header = sheet.header();
    if (header == null) {
      return Spreadsheet.refused(SheetProblem.ofFile("לא נמצאה שורת כותרות ב-" + HeaderRow.SEARCHED_LINES
          + " השורות הראשונות; הכותרות הצפויות: " + headers(expected)));
    }
    if (!header.missing().isEmpty()) {
      return Spreadsheet.refused(header.missing().stream().map(reason -> SheetProblem.ofRow(null, header.number(), reason))
          .toList(), header.notices(), List.of(sheet.summary()));
    }
    return Spreadsheet.refused(SheetProblem.ofFile(EMPTY_FILE));
  }

  /** A workbook none of whose sheets has the expected columns: each sheet named with what it lacks. */
  private static Spreadsheet noSheetFits(List<SheetReading> sheets, List<ColumnSpec> expected) {
    var problems = new ArrayList<SheetProblem>();
    problems.add(SheetProblem.ofFile("אף גיליון בקובץ אינו גיליון של הכותרות הצפויות: " + headers(expected)));
    sheets.forEach(sheet -> problems.add(new SheetProblem(sheet.grid().sheet(), 0, null, null, sheet.notReadReason())));
    return Spreadsheet.refused(problems, List.of(), sheets.stream().map(SheetReading::summary).toList());
  }

  /**
   * A file with more than {@link #MAX_PROBLEMS} problems (a whole sheet of values under no header, say) is
   * refused whole with the first of them: listing every one would cost more than the file is worth.
   */
  private static Spreadsheet tooManyProblems(List<SheetProblem> problems, List<String> notices) {
    var first = new ArrayList<SheetProblem>(MAX_PROBLEMS + 1);
    var last = problems.get(MAX_PROBLEMS);
    first.add(SheetProblem.ofFile("נמצאו יותר מ-" + String.format(Locale.ROOT, "%,d", MAX_PROBLEMS)
        + " בעיות, והקריאה נעצרה ב" + new SheetProblem(last.sheet(), last.row(), null, null, "").message()
        .replaceAll(":\\s*$", "") + "; אלה הראשונות. תקנו אותן ונסו שוב."));
    first.addAll(problems.subList(0, MAX_PROBLEMS));
    return Spreadsheet.refused(first, notices, List.of());
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
