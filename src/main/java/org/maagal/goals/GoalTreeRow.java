package org.maagal.goals;

import java.math.BigDecimal;

/**
 * One row of the goal tree as a municipality keeps it in a spreadsheet: an indicator with its
 * domain, goal and target written out on the row. A goal without measurable targets yet is a row
 * with only its domain and goal. Domain and department are as written in the file (a name or an
 * id); the tree's service resolves them against the organisation. {@code ceoIndicator} marks one of the
 * indicators the CEO follows (מדדי מנכ"ל).
 */
public record GoalTreeRow(
    String domain,
    String goal,
    String target,
    String indicator,
    String unit,
    Direction direction,
    BigDecimal baselineValue,
    Integer baselineYear,
    BigDecimal targetValue,
    Integer targetYear,
    String ownerDepartment,
    String dataSource,
    boolean ceoIndicator) {

  /** A goal with no target or indicator yet. */
  public boolean goalOnly() {
    return target == null && indicator == null;
  }
}
