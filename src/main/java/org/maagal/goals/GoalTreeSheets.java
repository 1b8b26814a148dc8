package org.maagal.goals;

import static org.maagal.goals.GoalTreeColumn.DOMAIN;
import static org.maagal.goals.GoalTreeColumn.GOAL;
import static org.maagal.goals.GoalTreeColumn.INDICATOR;
import static org.maagal.goals.GoalTreeColumn.TARGET;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.spreadsheets.CsvFile;
import org.maagal.spreadsheets.Spreadsheet;
import org.maagal.spreadsheets.SpreadsheetReader;
import org.maagal.spreadsheets.SpreadsheetRow;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the goal tree as the municipality keeps it: a sheet (or several, one per domain, say) with a header
 * row (the city's vision may stand above it, {@link GoalTreeVision}), then a row per indicator or per goal without
 * indicators yet; sheets without the tree's columns (explanations) are named in a notice. Reading never throws on what a user uploads;
 * it answers with every problem, by spreadsheet row and column, and the rows that have none.
 */
@Component
class GoalTreeSheets {

  /** Reads an uploaded file by its name (.xlsx or .csv). */
  ParsedSheet read(String fileName, byte[] content) {
    var sheet = SpreadsheetReader.read(fileName, content, GoalTreeColumn.SPECS);
    if (sheet.unreadable()) {
      return new ParsedSheet(List.of(), List.of(), sheet.problems().stream().map(RowProblem::of).toList(),
          sheet.notices(), sheet.sheets(), null);
    }
    return parse(sheet, GoalTreeVision.in(sheet.linesAbove()));
  }

  /** Reads a file in the format its name or content type gave (see {@link SheetFormat#of(String, String)}). */
  ParsedSheet read(SheetFormat format, byte[] content) {
    return read("goal-tree" + format.extension(), content);
  }

  byte[] writeXlsx(List<GoalTreeRow> rows, String sheetTitle, String vision) {
    return XlsxSheet.write(rows, sheetTitle, vision);
  }

  /** The tree as CSV for Excel, numbers as the tree holds them (950, not 950.00). */
  byte[] writeCsv(List<GoalTreeRow> rows) {
    return CsvFile.write(GoalTreeColumn.HEADERS, rows.stream().map(row -> Arrays.stream(GoalTreeColumn.values())
        .map(column -> canonical(column.valueIn(row))).toList()).toList());
  }

  private static Object canonical(Object value) {
    return value instanceof BigDecimal number ? GoalTreeRowParser.canonical(number) : value;
  }

  /** An empty goal tree to fill in: the headers, one sample row, and a sheet explaining each column. */
  byte[] template(String sheetTitle) {
    return XlsxSheet.template(sheetTitle);
  }

  private static ParsedSheet parse(Spreadsheet sheet, String vision) {
    var rows = new ArrayList<GoalTreeRow>();
    var sources = new ArrayList<SpreadsheetRow>();
    var problems = new ArrayList<RowProblem>();
    Optional.ofNullable(GoalTreeVision.tooLong(vision)).ifPresent(problems::add);
    sheet.problemsOutsideRows().stream().map(RowProblem::of).forEach(problems::add);
    Map<List<String>, SpreadsheetRow> firstRowOfKey = new HashMap<>();
    for (SpreadsheetRow row : sheet.rows()) {
      var parsed = GoalTreeRowParser.parse(row, problems);
      var key = Arrays.asList(row.text(DOMAIN.key()), row.text(GOAL.key()), row.text(TARGET.key()),
          row.text(INDICATOR.key()));
      var first = firstRowOfKey.putIfAbsent(key, row);
      if (first != null) {
        String where = first.sheet() == null || first.sheet().equals(row.sheet()) ? "לשורה " + first.row()
            : "ל" + first.where();
        problems.add(new RowProblem(row.sheet(), row.row(), "שורה כפולה " + where));
      } else if (parsed.isPresent()) {
        rows.add(parsed.get());
        sources.add(row);
      }
    }
    problems.sort(RowProblem.fileOrder(sheet.sheets()));
    return new ParsedSheet(rows, sources, problems, sheet.notices(), sheet.sheets(), vision);
  }
}
