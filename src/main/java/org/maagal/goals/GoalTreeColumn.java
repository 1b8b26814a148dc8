package org.maagal.goals;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The goal tree's columns in the order of the municipality's spreadsheet. Reader and writer both
 * use this one list, so a file we write is a file we read.
 */
enum GoalTreeColumn {
  DOMAIN("תחום", 16, GoalTreeRow::domain),
  GOAL("מטרה", 45, GoalTreeRow::goal),
  TARGET("יעד", 45, GoalTreeRow::target),
  INDICATOR("מדד", 45, GoalTreeRow::indicator),
  UNIT("יחידת מידה", 12, GoalTreeRow::unit),
  DIRECTION("כיוון", 9, row -> row.direction() == null ? null : row.direction().hebrew()),
  BASELINE_VALUE("ערך בסיס", 10, GoalTreeRow::baselineValue),
  BASELINE_YEAR("שנת בסיס", 10, GoalTreeRow::baselineYear),
  TARGET_VALUE("ערך יעד", 10, GoalTreeRow::targetValue),
  TARGET_YEAR("שנת יעד", 10, GoalTreeRow::targetYear),
  OWNER_DEPARTMENT("מחלקה אחראית", 24, GoalTreeRow::ownerDepartment),
  DATA_SOURCE("מקור נתונים", 30, GoalTreeRow::dataSource);

  static final List<String> HEADERS = Arrays.stream(values()).map(GoalTreeColumn::header).toList();

  private final String header;
  private final int widthInCharacters;
  private final Function<GoalTreeRow, Object> value;

  GoalTreeColumn(String header, int widthInCharacters, Function<GoalTreeRow, Object> value) {
    this.header = header;
    this.widthInCharacters = widthInCharacters;
    this.value = value;
  }

  String header() {
    return header;
  }

  int widthInCharacters() {
    return widthInCharacters;
  }

  /** The row's value in this column: text, a {@code BigDecimal} or an {@code Integer} year; null when empty. */
  Object valueIn(GoalTreeRow row) {
    return value.apply(row);
  }
}
