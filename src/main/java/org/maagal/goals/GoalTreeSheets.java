package org.maagal.goals;

import static org.maagal.goals.GoalTreeColumn.DOMAIN;
import static org.maagal.goals.GoalTreeColumn.GOAL;
import static org.maagal.goals.GoalTreeColumn.INDICATOR;
import static org.maagal.goals.GoalTreeColumn.TARGET;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the goal tree as the municipality keeps it: one sheet, a header row, then a row
 * per indicator or per goal without indicators yet. Reading never throws on what a user uploads;
 * it answers with every problem, by spreadsheet row, and the rows that have none.
 */
@Component
class GoalTreeSheets {

  static final int MAX_DATA_ROWS = 5_000;
  static final String EMPTY_FILE = "הקובץ ריק";
  private static final int HEADER_ROW = 1;
  /** Problems of the whole file rather than of one row. */
  private static final int WHOLE_FILE = 0;

  ParsedSheet read(SheetFormat format, InputStream in) {
    List<SheetRow> fileRows;
    try {
      fileRows = nonBlankRows(format, in);
    } catch (UnreadableSheetException e) {
      return ParsedSheet.refused(e.problem());
    }
    if (fileRows.isEmpty()) {
      return ParsedSheet.refused(new RowProblem(WHOLE_FILE, EMPTY_FILE));
    }
    var headerProblem = headerProblem(fileRows.get(0));
    if (headerProblem.isPresent()) {
      return ParsedSheet.refused(new RowProblem(HEADER_ROW, headerProblem.get()));
    }
    var dataRows = fileRows.subList(1, fileRows.size());
    if (dataRows.isEmpty()) {
      return ParsedSheet.refused(new RowProblem(WHOLE_FILE, EMPTY_FILE));
    }
    if (dataRows.size() > MAX_DATA_ROWS) {
      return ParsedSheet.refused(new RowProblem(WHOLE_FILE,
          "הקובץ גדול מדי: יותר מ-" + String.format(Locale.ROOT, "%,d", MAX_DATA_ROWS) + " שורות"));
    }
    return parse(dataRows);
  }

  byte[] writeXlsx(List<GoalTreeRow> rows, String sheetTitle) {
    return XlsxSheet.write(rows, sheetTitle);
  }

  byte[] writeCsv(List<GoalTreeRow> rows) {
    return CsvSheet.write(rows);
  }

  /** Stops one row past the limit, so a huge file is refused without reading it to its end. */
  private static List<SheetRow> nonBlankRows(SheetFormat format, InputStream in) throws UnreadableSheetException {
    var rows = new ArrayList<SheetRow>();
    Predicate<SheetRow> collect = row -> {
      if (!row.blank()) {
        rows.add(row);
      }
      return rows.size() <= 1 + MAX_DATA_ROWS;
    };
    switch (format) {
      case XLSX -> XlsxSheet.read(in, collect);
      case CSV -> CsvSheet.read(in, collect);
    }
    return rows;
  }

  private static Optional<String> headerProblem(SheetRow header) {
    if (header.number() != HEADER_ROW) {
      return Optional.of("השורה הראשונה חייבת להיות שורת הכותרות: " + String.join(", ", GoalTreeColumn.HEADERS));
    }
    for (GoalTreeColumn column : GoalTreeColumn.values()) {
      String found = header.cell(column);
      if (column.header().equals(found)) {
        continue;
      }
      if (header.cells().contains(column.header())) {
        return Optional.of("העמודה '" + column.header() + "' צריכה להיות עמודה מספר " + (column.ordinal() + 1));
      }
      String instead = found == null ? "" : "; במקומה נמצאה '" + found + "'";
      return Optional.of("חסרה העמודה '" + column.header() + "'" + instead);
    }
    String extra = header.beyondLastColumn();
    return extra == null ? Optional.empty()
        : Optional.of("העמודה '" + extra + "' אינה מעמודות הקובץ: " + String.join(", ", GoalTreeColumn.HEADERS));
  }

  private static ParsedSheet parse(List<SheetRow> dataRows) {
    var rows = new ArrayList<GoalTreeRow>();
    var rowNumbers = new ArrayList<Integer>();
    var problems = new ArrayList<RowProblem>();
    Map<List<String>, Integer> firstRowOfKey = new HashMap<>();
    for (SheetRow row : dataRows) {
      var parsed = GoalTreeRowParser.parse(row, problems);
      var key = Arrays.asList(row.cell(DOMAIN), row.cell(GOAL), row.cell(TARGET), row.cell(INDICATOR));
      Integer firstRow = firstRowOfKey.putIfAbsent(key, row.number());
      if (firstRow != null) {
        problems.add(new RowProblem(row.number(), "שורה כפולה לשורה " + firstRow));
      } else if (parsed.isPresent()) {
        rows.add(parsed.get());
        rowNumbers.add(row.number());
      }
    }
    return new ParsedSheet(rows, rowNumbers, problems, List.of());
  }
}
