package org.maagal.goals;

import static org.maagal.goals.GoalTreeColumn.BASELINE_VALUE;
import static org.maagal.goals.GoalTreeColumn.BASELINE_YEAR;
import static org.maagal.goals.GoalTreeColumn.CEO_INDICATOR;
import static org.maagal.goals.GoalTreeColumn.DATA_SOURCE;
import static org.maagal.goals.GoalTreeColumn.DIRECTION;
import static org.maagal.goals.GoalTreeColumn.DOMAIN;
import static org.maagal.goals.GoalTreeColumn.GOAL;
import static org.maagal.goals.GoalTreeColumn.INDICATOR;
import static org.maagal.goals.GoalTreeColumn.OWNER_DEPARTMENT;
import static org.maagal.goals.GoalTreeColumn.TARGET;
import static org.maagal.goals.GoalTreeColumn.TARGET_VALUE;
import static org.maagal.goals.GoalTreeColumn.TARGET_YEAR;
import static org.maagal.goals.GoalTreeColumn.UNIT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.maagal.cycle.CycleYearRange;
import org.maagal.spreadsheets.SheetProblem;
import org.maagal.spreadsheets.SpreadsheetRow;

/**
 * Turns one spreadsheet row into a goal-tree row, collecting every problem of the row rather than
 * stopping at the first, so the user fixes the file in one go; each problem names the user's own
 * column letter and header. Names of domains and departments are checked later, against the organisation.
 */
final class GoalTreeRowParser {

  private static final EnumSet<GoalTreeColumn> AFTER_GOAL = EnumSet.range(TARGET, DATA_SOURCE);
  /** An indicator row fills all of these; only the data source may stay empty. */
  private static final EnumSet<GoalTreeColumn> INDICATOR_COLUMNS = EnumSet.range(TARGET, OWNER_DEPARTMENT);
  /** How people mark a CEO indicator in a spreadsheet, lower case; an empty cell is no. */
  private static final Set<String> YES = Set.of(GoalTreeColumn.YES, "v", "x", "yes", "true", "1");
  private static final Set<String> NO = Set.of(GoalTreeColumn.NO, "no", "false", "0");

  private final SpreadsheetRow cells;
  private final List<SheetProblem> problems = new ArrayList<>();

  private GoalTreeRowParser(SpreadsheetRow cells) {
    this.cells = cells;
  }

  /** The row, or empty when it has problems; those are added to {@code problems}. */
  static Optional<GoalTreeRow> parse(SpreadsheetRow cells, List<RowProblem> problems) {
    var parser = new GoalTreeRowParser(cells);
    var row = parser.parse();
    parser.problems.forEach(problem -> problems.add(RowProblem.of(problem)));
    return parser.problems.isEmpty() ? Optional.of(row) : Optional.empty();
  }

  /** Numbers compare by value, but records by scale too: 950, 950.0 and 9.5E+2 all become 950. */
  static BigDecimal canonical(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private GoalTreeRow parse() {
    String domain = required(DOMAIN, "חסר תחום");
    String goal = required(GOAL, "חסרה מטרה");
    boolean ceoIndicator = YES.contains(ceoMark());
    checkIndicatorRowComplete(ceoIndicator);
    Direction direction = direction();
    Integer baselineYear = year(BASELINE_YEAR);
    Integer targetYear = year(TARGET_YEAR);
    if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
      problems.add(cells.problem(TARGET_YEAR.key(), "שנת היעד מוקדמת משנת הבסיס (" + baselineYear + ")"));
    }
    // the reader's own problems: values that are not numbers or years, values under no header
    problems.addAll(cells.problems());
    checkCeoMark();
    return new GoalTreeRow(domain, goal, text(TARGET), text(INDICATOR), text(UNIT), direction,
        cells.number(BASELINE_VALUE.key()), baselineYear, cells.number(TARGET_VALUE.key()), targetYear,
        text(OWNER_DEPARTMENT), text(DATA_SOURCE), ceoIndicator);
  }

  private String text(GoalTreeColumn column) {
    return cells.text(column.key());
  }

  private String required(GoalTreeColumn column, String problem) {
    String text = text(column);
    if (text == null) {
      problems.add(cells.problem(column.key(), problem));
    }
    return text;
  }

  /**
   * Anything filled after the goal, or a CEO's mark, makes it an indicator row; a goal-only row has just
   * domain and goal.
   */
  private void checkIndicatorRowComplete(boolean ceoIndicator) {
    boolean indicatorRow = ceoIndicator || AFTER_GOAL.stream().anyMatch(column -> text(column) != null);
    var missing = INDICATOR_COLUMNS.stream().filter(column -> text(column) == null).toList();
    if (indicatorRow && !missing.isEmpty()) {
      problems.add(cells.problem(missing.get(0).key(),
          "שורת מדד חייבת יעד, מדד, יחידת מידה, כיוון, ערכי בסיס ויעד, שנים ומחלקה אחראית (חסר: "
              + missing.stream().map(this::named).collect(Collectors.joining(", ")) + ")"));
    }
  }

  /** A column as the user's sheet names it: its header there, and its letter. */
  private String named(GoalTreeColumn column) {
    var cell = cells.cell(column.key());
    return (cell.header() == null ? column.header() : cell.header()) + " (" + cell.column() + ")";
  }

  private Direction direction() {
    String text = text(DIRECTION);
    if (text == null) {
      return null;
    }
    var direction = Direction.parse(text);
    if (direction.isEmpty()) {
      problems.add(cells.problem(DIRECTION.key(), "'" + text + "' אינו '" + Direction.HIGHER_IS_BETTER.hebrew()
          + "' או '" + Direction.LOWER_IS_BETTER.hebrew() + "'"));
    }
    return direction.orElse(null);
  }

  /** The CEO indicator's cell in lower case, "" when empty. */
  private String ceoMark() {
    String text = text(CEO_INDICATOR);
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }

  private void checkCeoMark() {
    String mark = ceoMark();
    if (!mark.isEmpty() && !YES.contains(mark) && !NO.contains(mark)) {
      problems.add(cells.problem(CEO_INDICATOR.key(), "'" + text(CEO_INDICATOR) + "' אינו '" + GoalTreeColumn.YES
          + "' או '" + GoalTreeColumn.NO + "'"));
    }
  }

  private Integer year(GoalTreeColumn column) {
    Integer year = cells.year(column.key());
    if (year != null && !CycleYearRange.contains(year)) {
      problems.add(cells.problem(column.key(), year + " אינה שנה " + CycleYearRange.BETWEEN));
      return null;
    }
    return year;
  }
}
