package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the data rows under a header, one after the other, remembering the groups written above. */
final class DataRows {

  private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(9999);
  // a treasury writes nothing as a dash
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private final String sheet;
  private final HeaderRow header;
  private final List<ColumnSpec> expected;
  private final Map<String, String> groupAbove = new HashMap<>();

  /** @param sheet the sheet's name as problems name it: null in a file of one sheet */
  DataRows(String sheet, HeaderRow header, List<ColumnSpec> expected) {
    this.sheet = sheet;
    this.header = header;
    this.expected = expected;
  }

  SpreadsheetRow read(Grid.Line line, List<String> headingsAbove) {
    var texts = new LinkedHashMap<String, String>();
    expected.forEach(column -> texts.put(column.key(), line.cell(header.index(column.key()))));
    carryGroupsDown(texts);
    var cells = new HashMap<String, SheetCell>();
    var problems = new ArrayList<SheetProblem>();
    for (ColumnSpec column : expected) {
      int index = header.index(column.key());
      var cell = cell(column, HeaderRow.letter(index), header.written(index), texts.get(column.key()),
          header.unit(index));
      cells.put(column.key(), cell);
      if (cell.problem() != null) {
        problems.add(new SheetProblem(sheet, line.number(), cell.column(), cell.header(), cell.problem()));
      }
    }
    for (int index = 0; index < line.cells().size(); index++) {
      if (line.cell(index) != null && !header.hasHeader(index)) {
        problems.add(new SheetProblem(sheet, line.number(), HeaderRow.letter(index), null,
            "הערך '" + line.cell(index) + "' נמצא בעמודה שאין לה כותרת; האם העמודות זזו?"));
      }
    }
    return new SpreadsheetRow(sheet, line.number(), cells, problems, headingsAbove);
  }

  /**
   * A domain, goal or target is often written once for the rows under it (or merged down). A blank
   * grouping cell reads as the one above while the row stays in the same outer group and has
   * something of its own further on; a new goal starts its targets afresh.
   */
  private void carryGroupsDown(Map<String, String> texts) {
    boolean sameGroup = true;
    for (int position = 0; position < expected.size(); position++) {
      var column = expected.get(position);
      if (!column.grouping()) {
        continue;
      }
      String own = texts.get(column.key());
      String above = groupAbove.get(column.key());
      if (own == null && sameGroup && above != null && hasValueAfter(texts, position)) {
        texts.put(column.key(), above);
      } else if (own == null || !own.equals(above)) {
        sameGroup = false;
      }
    }
    expected.stream().filter(ColumnSpec::grouping).forEach(column -> groupAbove.put(column.key(), texts.get(column.key())));
  }

  private boolean hasValueAfter(Map<String, String> texts, int position) {
    return expected.subList(position + 1, expected.size()).stream().anyMatch(column -> texts.get(column.key()) != null);
  }

  private static SheetCell cell(ColumnSpec column, String letter, String writtenHeader, String text, MoneyUnit unit) {
    if (text == null || column.kind() == ColumnSpec.Kind.TEXT) {
      return new SheetCell(letter, writtenHeader, text, null, null);
    }
    var number = column.kind() != ColumnSpec.Kind.MONEY ? CellText.number(text)
        : DASHES.contains(text) ? Optional.of(BigDecimal.ZERO) : CellText.amount(text);
    if (number.isEmpty()) {
      String problem = text.startsWith("=") ? "'" + text + "' היא נוסחה שלא חושבה: פתחו את הקובץ ב-Excel, שמרו אותו "
          + "והעלו שוב" : column.kind() == ColumnSpec.Kind.YEAR ? "'" + text + "' אינה שנה" : "'" + text + "' אינו מספר";
      return new SheetCell(letter, writtenHeader, text, null, problem);
    }
    BigDecimal value = number.get();
    if (column.kind() == ColumnSpec.Kind.YEAR && (value.scale() > 0 || value.abs().compareTo(LAST_YEAR) > 0)) {
      return new SheetCell(letter, writtenHeader, text, null, "'" + text + "' אינה שנה (מספר שלם)");
    }
    if (column.kind() == ColumnSpec.Kind.MONEY) {
      value = unit.shekels(value);
    }
    return new SheetCell(letter, writtenHeader, text, value, null);
  }
}
