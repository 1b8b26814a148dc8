package org.maagal.spreadsheets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final List<String> problems = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();

  private HeaderRow(Grid.Line line, List<ColumnSpec> expected) {
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
      if (!column.optional() && !indexByKey.containsKey(column.key())) {
        problems.add("חסרה העמודה '" + column.header() + "'" + notRecognized);
      }
    }
    unknown.forEach(column -> notices.add("העמודה " + column + " אינה מעמודות הקובץ ולא נקראה"));
  }

  /** The best header among the first lines, or empty when no line names at least two expected columns. */
  static Optional<HeaderRow> find(Grid grid, List<ColumnSpec> expected) {
    Grid.Line best = null;
    int bestScore = 0;
    for (Grid.Line line : grid.lines().subList(0, Math.min(SEARCHED_LINES, grid.lines().size()))) {
      int score = score(line, expected);
      if (score > bestScore) {
        best = line;
        bestScore = score;
      }
    }
    return bestScore >= Math.min(2, expected.size()) ? Optional.of(new HeaderRow(best, expected)) : Optional.empty();
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
