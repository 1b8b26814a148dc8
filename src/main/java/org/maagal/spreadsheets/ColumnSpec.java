package org.maagal.spreadsheets;

import java.util.List;

/**
 * A column an import expects: its key (for the caller), its header as Maagal writes it, the other
 * spellings people give it, what its cells hold, and whether it groups the rows below it.
 *
 * @param grouping a domain, goal or target written once for the rows under it: a blank cell
 *     reads as the value above (columns group in the order they are given, outermost first)
 * @param optional a column a file may leave out altogether: its cells then read as empty
 * @param code the column that names each row (a budget clause's code): a row without it that says it is a total
 *     ("סה"כ") is a total of the rows above, and a row with nothing but one title is a heading
 *     ({@link SpreadsheetReader})
 */
public record ColumnSpec(String key, String header, List<String> aliases, Kind kind, boolean grouping,
    boolean optional, boolean code) {

  /** What a column's cells hold. */
  public enum Kind {
    TEXT,
    /** A number as the sheet shows it: 72 for a cell showing 72%, 1250 for "1,250". */
    NUMBER,
    /** A whole number, such as 2026 (also when Excel holds it as 2026.0). */
    YEAR,
    /**
     * An amount of shekels, in the unit its header or a line above the header states ("באלפי ש\"ח": 1,250 is
     * 1,250,000; {@link MoneyUnit}); the rows' totals are checked against it.
     */
    MONEY
  }

  public ColumnSpec {
    aliases = List.copyOf(aliases);
  }

  /** A column every file must have. */
  public ColumnSpec(String key, String header, List<String> aliases, Kind kind, boolean grouping) {
    this(key, header, aliases, kind, grouping, false, false);
  }

  public static ColumnSpec of(String key, String header, Kind kind, String... aliases) {
    return new ColumnSpec(key, header, List.of(aliases), kind, false);
  }

  /** The same column, grouping the rows below it. */
  public ColumnSpec asGroup() {
    return new ColumnSpec(key, header, aliases, kind, true, optional, code);
  }

  /** The same column, which a file may leave out: a missing column reads as empty cells, not as a refusal. */
  public ColumnSpec asOptional() {
    return new ColumnSpec(key, header, aliases, kind, grouping, true, code);
  }

  /** The same column, as the one that names each row: totals and headings are told by its absence. */
  public ColumnSpec asCode() {
    return new ColumnSpec(key, header, aliases, kind, grouping, optional, true);
  }

  /** Whether a header as written in a sheet names this column. */
  boolean matches(String written) {
    return names(CellText.headerName(written))
        || (kind == Kind.MONEY && names(CellText.headerName(MoneyUnit.withoutUnit(written))));
  }

  private boolean names(String name) {
    return !name.isEmpty() && (name.equals(CellText.headerName(header))
        || aliases.stream().anyMatch(alias -> name.equals(CellText.headerName(alias))));
  }
}
