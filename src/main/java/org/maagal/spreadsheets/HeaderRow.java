package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * The header row of a sheet and what each of its columns is: found among the first rows, whatever
 * title or notes stand above it, by the row that names the most expected columns.
 */
final class HeaderRow {

  /** How far down a header may stand below titles and notes. */
  static final int SEARCHED_LINES = 10;

  private final Grid.Line line;
  private final Map<String, Integer> indexByKey = new LinkedHashMap<>();
  private final Map<Integer, MoneyUnit> units = new HashMap<>();
  private final List<String> missing = new ArrayList<>();
  private int requiredColumns;
  private final List<String> problems = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();

  private HeaderRow(Grid.Line line, List<ColumnSpec> expected, List<Grid.Line> above) {
    this.line = line;
    var unknown = new ArrayList<String>();
    for (int index = 0; index < line.cells().size(); index++) {
      String written = line.cell(index);
      if (written == null) {
        continue;
      }
      var spec = expected.stream().filter(column -> column.matches(written)).findFirst();
      if (spec.isEmpty()) {
        unknown.add(named(index));
      } else if (indexByKey.containsKey(spec.get().key())) {
        problems.add("העמודה '" + spec.get().header() + "' מופיעה פעמיים: בעמודה "
            + letter(indexByKey.get(spec.get().key())) + " ובעמודה " + letter(index));
      } else {
        indexByKey.put(spec.get().key(), index);
      }
    }
    String notRecognized = unknown.isEmpty() ? "" : " (עמודות שלא זוהו: " + String.join(", ", unknown) + ")";
    for (ColumnSpec column : expected) {
      requiredColumns += column.optional() ? 0 : 1;
      if (!column.optional() && !indexByKey.containsKey(column.key())) {
        missing.add("חסרה העמודה '" + column.header() + "'" + notRecognized);
      }
    }
    unknown.forEach(column -> notices.add("העמודה " + column + " אינה מעמודות הקובץ ולא נקראה"));
    expected.stream().filter(column -> column.kind() == ColumnSpec.Kind.MONEY && indexByKey.containsKey(column.key()))
        .forEach(column -> findUnit(indexByKey.get(column.key()), above));
  }

  /** The unit the column's header states, else the one a line above the header states (thousands, millions). */
  private void findUnit(int index, List<Grid.Line> above) {
    var stated = MoneyUnit.in(line.cell(index));
    String where = "";
    if (stated.isEmpty()) {
      stated = above.stream().flatMap(title -> title.cells().stream()).filter(Objects::nonNull)
          .map(MoneyUnit::statedAbove).flatMap(Optional::stream).findFirst();
      where = ", כפי שנכתב מעל הכותרות";
    }
    var unit = stated.orElse(MoneyUnit.SHEKELS);
    units.put(index, unit);
    var year = MoneyUnit.yearIn(line.cell(index));
    if (unit != MoneyUnit.SHEKELS || year.isPresent()) {
      notices.add("הסכומים נקראו מעמודה " + named(index)
          + year.map(shown -> ", של שנת " + shown + " (ודאו שזו השנה שהקובץ נועד לה)").orElse("")
          + (unit == MoneyUnit.SHEKELS ? "" : ", ב" + unit.hebrew() + where + ": 1,250 בקובץ הם "
              + String.format(Locale.ROOT, "%,d", unit.shekels(BigDecimal.valueOf(1250)).longValueExact()) + " ש\"ח"));
    }
  }

  /** The best header among the first lines, or empty when no line names at least two expected columns. */
  static Optional<HeaderRow> find(Grid grid, List<ColumnSpec> expected) {
    var searched = grid.lines().subList(0, Math.min(SEARCHED_LINES, grid.lines().size()));
    int best = -1;
    int bestScore = 0;
    for (int index = 0; index < searched.size(); index++) {
      int score = score(searched.get(index), expected);
      if (score > bestScore) {
        best = index;
        bestScore = score;
      }
    }
    return bestScore >= Math.min(2, expected.size())
        ? Optional.of(new HeaderRow(searched.get(best), expected, searched.subList(0, best))) : Optional.empty();
  }

  /** How many expected columns the best header line among the first lines names. */
  static int bestScore(Grid grid, List<ColumnSpec> expected) {
    return grid.lines().stream().limit(SEARCHED_LINES).mapToInt(line -> score(line, expected)).max().orElse(0);
  }

  private static int score(Grid.Line line, List<ColumnSpec> expected) {
    return (int) expected.stream()
        .filter(column -> line.cells().stream().anyMatch(cell -> cell != null && column.matches(cell))).count();
  }

  int number() {
    return line.number();
  }

  /** The column index of an expected column in the user's sheet; -1 for an optional column the sheet leaves out. */
  int index(String key) {
    return indexByKey.getOrDefault(key, -1);
  }

  boolean isExpected(int index) {
    return indexByKey.containsValue(index);
  }

  boolean hasHeader(int index) {
    return line.cell(index) != null;
  }

  /** The header as the user wrote it. */
  String written(int index) {
    return line.cell(index);
  }

  /** The unit of a money column's amounts (shekels unless its header or a line above says otherwise). */
  MoneyUnit unit(int index) {
    return units.getOrDefault(index, MoneyUnit.SHEKELS);
  }

  /** The required columns the header does not name: a sheet without them is not of the kind expected. */
  List<String> missing() {
    return missing;
  }

  /**
   * Whether the header names more than half of the required columns, though not all: a sheet of the kind expected
   * that lacks a column, whose rows must not be passed over with a notice.
   */
  boolean mostlyThere() {
    return !missing.isEmpty() && 2 * (requiredColumns - missing.size()) > requiredColumns;
  }

  /** What is wrong with a header that names every required column (a column named twice). */
  List<String> problems() {
    return problems;
  }

  List<String> notices() {
    return notices;
  }

  /** The column's letter; null for a column the sheet does not have. */
  static String letter(int index) {
    return index < 0 ? null : CellReference.convertNumToColString(index);
  }

  private String named(int index) {
    return letter(index) + " ('" + line.cell(index) + "')";
  }
}
