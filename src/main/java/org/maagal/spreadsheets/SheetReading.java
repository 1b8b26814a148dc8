package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One sheet of an uploaded file, read: where its header is, whether it has the expected columns, and its rows.
 * Where the columns name a code and an amount (a budget book), a row without a code that says it is a total
 * ("סה"כ") is checked against the rows above it and left out, and a row of one title (a section, a department) is a
 * heading, left out and given to the rows below it ({@link SpreadsheetRow#headingsAbove()}).
 */
final class SheetReading {

  static final String TOTALS = "שורות סיכום, שנבדקו מול השורות שהן מסכמות";
  static final String HEADINGS = "שורות כותרת או הערה (טקסט בלבד, בלי קוד וסכום)";
  private static final int ROWS_NAMED = 12;

  private final Grid grid;
  private final String sheet;
  private final List<ColumnSpec> expected;
  private final HeaderRow header;
  private final List<Grid.Line> dataLines;
  private final String notRead;

  private final List<SpreadsheetRow> rows = new ArrayList<>();
  private final List<SheetProblem> problems = new ArrayList<>();
  private final Map<String, LeftOut> leftOut = new LinkedHashMap<>();
  private final List<Integer> hiddenRows = new ArrayList<>();

  /** @param named whether the file has more than one sheet, so that problems and notices name this one */
  SheetReading(Grid grid, boolean named, List<ColumnSpec> expected) {
    this.grid = grid;
    this.sheet = named ? grid.sheet() : null;
    this.expected = expected;
    this.header = grid.hidden() ? null : HeaderRow.find(grid, expected).orElse(null);
    this.dataLines = header == null ? List.of()
        : grid.lines().stream().filter(line -> line.number() > header.number()).toList();
    this.notRead = notRead();
  }

  private String notRead() {
    if (grid.hidden()) {
      return "הגיליון מוסתר";
    }
    if (sheet != null && TotalLabel.namesASummary(sheet)) {
      return "שמו אומר שהוא ריכוז של הגיליונות האחרים, וסכומיו היו נספרים פעמיים";
    }
    if (grid.lines().isEmpty()) {
      return "הגיליון ריק";
    }
    if (header == null) {
      return "לא נמצאה בו שורת כותרות ב-" + HeaderRow.SEARCHED_LINES + " השורות הראשונות";
    }
    if (!header.missing().isEmpty()) {
      return "בשורת הכותרות (שורה " + header.number() + ") " + String.join("; ", header.missing());
    }
    if (dataLines.isEmpty()) {
      return "אין בו שורות מתחת לכותרות";
    }
    return null;
  }

  /** Whether the sheet has the expected columns and rows under them. */
  boolean fits() {
    return notRead == null;
  }

  String notReadReason() {
    return notRead;
  }

  Grid grid() {
    return grid;
  }

  HeaderRow header() {
    return header;
  }

  int dataLines() {
    return dataLines.size();
  }

  /**
   * Reads the rows of a sheet that fits, stopping once it has found more than {@code maxProblems}; a header with a
   * column named twice gives its problems and no rows.
   */
  void read(RowFilter filter, int maxProblems) {
    if (!header.problems().isEmpty()) {
      header.problems().forEach(reason -> problems.add(SheetProblem.ofRow(sheet, header.number(), reason)));
      return;
    }
    var reader = new DataRows(sheet, header, expected);
    String code = expected.stream().filter(ColumnSpec::code).map(ColumnSpec::key).findFirst().orElse(null);
    String money = expected.stream().filter(column -> column.kind() == ColumnSpec.Kind.MONEY).map(ColumnSpec::key)
        .findFirst().orElse(null);
    boolean structured = code != null && money != null && header.index(money) >= 0;
    int codeIndex = code == null ? -1 : header.index(code);
    int moneyIndex = money == null ? -1 : header.index(money);
    var totals = new Totals(header.unit(moneyIndex), money);
    List<String> headings = List.of();
    for (Grid.Line line : dataLines) {
      if (structured && TotalLabel.isTotal(line)) {
        totals.check(reader.read(line, headings));
        leave(TOTALS, line.number(), null);
        continue;
      }
      if (structured && heading(line, codeIndex, moneyIndex)) {
        headings = append(headings, line.cells().stream().filter(Objects::nonNull).findFirst().orElseThrow());
        totals.newSection();
        leave(HEADINGS, line.number(), null);
        continue;
      }
      var row = reader.read(line, headings);
      BigDecimal amount = money == null ? null : row.number(money);
      if (structured) {
        totals.add(line.number(), amount);
      }
      String reason = filter.leftOut(row);
      if (reason != null) {
        leave(reason, line.number(), amount == null ? BigDecimal.ZERO : amount);
        continue;
      }
      rows.add(row);
      problems.addAll(row.problems());
      if (line.hidden()) {
        hiddenRows.add(line.number());
      }
      if (problems.size() > maxProblems) {
        return;
      }
    }
    if (structured) {
      problems.addAll(totals.end());
    }
  }

  /**
   * A row of titles or notes, which cannot be a clause: no amount and no number at all, and either one text (merged
   * over the whole table or not, in whichever column) or nothing that looks like a code (a code has a digit).
   */
  private static boolean heading(Grid.Line line, int codeIndex, int moneyIndex) {
    var values = line.cells().stream().filter(Objects::nonNull).distinct().toList();
    if (values.isEmpty() || values.stream().anyMatch(value -> CellText.number(value).isPresent())) {
      return false;
    }
    String code = line.cell(codeIndex);
    return values.size() == 1 || code == null || code.chars().noneMatch(Character::isDigit);
  }

  private static List<String> append(List<String> headings, String heading) {
    var longer = new ArrayList<>(headings);
    longer.add(heading);
    return List.copyOf(longer);
  }

  private void leave(String reason, int row, BigDecimal amount) {
    leftOut.computeIfAbsent(reason, key -> new LeftOut()).add(row, amount);
  }

  List<SpreadsheetRow> rows() {
    return rows;
  }

  List<SheetProblem> problems() {
    return problems;
  }

  /** The notices of a sheet read: columns not read, the unit applied, the rows left out. */
  List<String> notices() {
    var notices = new ArrayList<String>();
    header.notices().forEach(notice -> notices.add(prefix() + notice));
    leftOut.forEach((reason, rows) -> notices.add(prefix() + "לא נקראו " + reason + ": " + named(rows.rows)
        + (rows.amount == null ? "" : " (סך " + Totals.shekels(rows.amount) + " ש\"ח)")));
    if (!hiddenRows.isEmpty()) {
      notices.add(prefix() + "נקראו גם שורות שהגיליון מסתיר: " + named(hiddenRows) + "; הציגו אותן ב-Excel ובדקו "
          + "שהן שייכות לקובץ");
    }
    return notices;
  }

  private String prefix() {
    return sheet == null ? "" : "גיליון '" + sheet + "': ";
  }

  /**
   * The lines above the header, each its cells' texts joined by a space; of a sheet not read (a cover before the
   * sheet read), its first lines.
   */
  List<String> linesAbove() {
    return grid.lines().stream().limit(HeaderRow.SEARCHED_LINES)
        .filter(line -> header == null || !fits() || line.number() < header.number())
        .map(line -> line.cells().stream().filter(Objects::nonNull).distinct().collect(Collectors.joining(" ")))
        .filter(text -> !text.isEmpty()).toList();
  }

  SheetSummary summary() {
    if (!fits()) {
      return SheetSummary.notRead(grid.sheet(), notRead);
    }
    String unit = expected.stream().filter(column -> column.kind() == ColumnSpec.Kind.MONEY)
        .filter(column -> header.index(column.key()) >= 0).map(column -> header.unit(header.index(column.key())))
        .map(MoneyUnit::hebrew).findFirst().orElse(null);
    return new SheetSummary(grid.sheet(), true, null, rows.size(), unit, leftOut.entrySet().stream()
        .map(entry -> new SheetSummary.Skipped(entry.getKey(), entry.getValue().rows, entry.getValue().amount))
        .toList());
  }

  /** "שורה 4", "שורות 5, 9, 10", "שורות 1, 2, … ועוד 30": rows as a notice names them. */
  private static String named(List<Integer> rows) {
    String listed = rows.stream().limit(ROWS_NAMED).map(String::valueOf).collect(Collectors.joining(", "));
    return (rows.size() == 1 ? "שורה " : "שורות ") + listed
        + (rows.size() > ROWS_NAMED ? " ועוד " + (rows.size() - ROWS_NAMED) : "");
  }

  /** Rows left out for one reason. */
  private static final class LeftOut {

    private final List<Integer> rows = new ArrayList<>();
    private BigDecimal amount;

    void add(int row, BigDecimal rowAmount) {
      rows.add(row);
      if (rowAmount != null) {
        amount = amount == null ? rowAmount : amount.add(rowAmount);
      }
    }

  }
}
