package org.maagal.goals;

import static org.maagal.goals.GoalTreeColumn.BASELINE_VALUE;
import static org.maagal.goals.GoalTreeColumn.BASELINE_YEAR;
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
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one spreadsheet row into a goal-tree row, collecting every problem of the row rather than
 * stopping at the first, so the user fixes the file in one go. Names of domains and departments
 * are checked later, against the organisation.
 */
final class GoalTreeRowParser {

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2100;
  // Plain numbers only: "1,234" or "12%" would need guessing at the author's locale.
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final EnumSet<GoalTreeColumn> AFTER_GOAL = EnumSet.range(TARGET, DATA_SOURCE);
  /** An indicator row fills all of these; only the data source may stay empty. */
  private static final EnumSet<GoalTreeColumn> INDICATOR_COLUMNS = EnumSet.range(TARGET, OWNER_DEPARTMENT);

  private final SheetRow cells;
  private final List<String> problems = new ArrayList<>();

  private GoalTreeRowParser(SheetRow cells) {
    this.cells = cells;
  }

  /** The row, or empty when it has problems; those are added to {@code problems}. */
  static Optional<GoalTreeRow> parse(SheetRow cells, List<RowProblem> problems) {
    var parser = new GoalTreeRowParser(cells);
    var row = parser.parse();
    parser.problems.forEach(reason -> problems.add(new RowProblem(cells.number(), reason)));
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
    checkIndicatorRowComplete();
    Direction direction = direction();
    BigDecimal baselineValue = number(BASELINE_VALUE, "ערך הבסיס");
    Integer baselineYear = year(BASELINE_YEAR, "שנת הבסיס");
    BigDecimal targetValue = number(TARGET_VALUE, "ערך היעד");
    Integer targetYear = year(TARGET_YEAR, "שנת היעד");
    if (baselineYear != null && targetYear != null && targetYear < baselineYear) {
      problems.add("שנת היעד מוקדמת משנת הבסיס");
    }
    String beyond = cells.beyondLastColumn();
    if (beyond != null) {
      problems.add("הערך '" + beyond + "' נמצא אחרי העמודה האחרונה ('" + DATA_SOURCE.header()
          + "'); האם העמודות זזו?");
    }
    return new GoalTreeRow(domain, goal, cells.cell(TARGET), cells.cell(INDICATOR), cells.cell(UNIT), direction,
        baselineValue, baselineYear, targetValue, targetYear, cells.cell(OWNER_DEPARTMENT), cells.cell(DATA_SOURCE));
  }

  private String required(GoalTreeColumn column, String problem) {
    String text = cells.cell(column);
    if (text == null) {
      problems.add(problem);
    }
    return text;
  }

  /** Anything filled after the goal makes it an indicator row; a goal-only row has just domain and goal. */
  private void checkIndicatorRowComplete() {
    boolean indicatorRow = AFTER_GOAL.stream().anyMatch(column -> cells.cell(column) != null);
    String missing = INDICATOR_COLUMNS.stream().filter(column -> cells.cell(column) == null)
        .map(GoalTreeColumn::header).collect(Collectors.joining(", "));
    if (indicatorRow && !missing.isEmpty()) {
      problems.add("שורת מדד חייבת יעד, מדד, יחידת מידה, כיוון, ערכי בסיס ויעד, שנים ומחלקה אחראית (חסר: "
          + missing + ")");
    }
  }

  private Direction direction() {
    String text = cells.cell(DIRECTION);
    if (text == null) {
      return null;
    }
    var direction = Direction.parse(text);
    if (direction.isEmpty()) {
      problems.add("כיוון '" + text + "' אינו '" + Direction.HIGHER_IS_BETTER.hebrew() + "' או '"
          + Direction.LOWER_IS_BETTER.hebrew() + "'");
    }
    return direction.orElse(null);
  }

  private BigDecimal number(GoalTreeColumn column, String name) {
    String text = cells.cell(column);
    if (text == null) {
      return null;
    }
    if (!PLAIN_NUMBER.matcher(text).matches()) {
      problems.add(name + " '" + text + "' אינו מספר");
      return null;
    }
    return canonical(new BigDecimal(text));
  }

  private Integer year(GoalTreeColumn column, String name) {
    String text = cells.cell(column);
    if (text == null) {
      return null;
    }
    BigDecimal year = PLAIN_NUMBER.matcher(text).matches() ? canonical(new BigDecimal(text)) : null;
    if (year == null || year.scale() > 0) {
      problems.add(name + " '" + text + "' אינה מספר שלם");
      return null;
    }
    if (year.compareTo(BigDecimal.valueOf(FIRST_YEAR)) < 0 || year.compareTo(BigDecimal.valueOf(LAST_YEAR)) > 0) {
      problems.add(name + " " + year.toPlainString() + " אינה בין " + FIRST_YEAR + " ל-" + LAST_YEAR);
      return null;
    }
    return year.intValueExact();
  }
}
