package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sums of a sheet's amounts, for checking the totals it writes. A total sums a run of rows that ends just above
 * it and starts at the top of the sheet, below an earlier total or below a heading (a department's subtotal, a
 * division's, the grand total, alike), or, written above its rows, a run that starts just below it (a grand total at
 * the top, a department's total over its clauses). It is right to within one unit of its last written digit (a
 * shekel, or a thousand shekels in a sheet kept in thousands); one that matches no run is a problem, named against
 * the rows nearest above it (or below, when it has none above).
 */
final class Totals {

  /**
   * How many sections back a total may sum from, besides the top of the sheet, and how many totals may wait for the
   * rows below them: far more than a budget book has, and a sheet of totals only costs little.
   */
  static final int SECTIONS_SEARCHED = 64;
  static final int TOTALS_WAITING = 64;

  private final MoneyUnit unit;
  private final String money;
  private final List<Integer> rows = new ArrayList<>();
  private final List<Start> starts = new ArrayList<>(List.of(new Start(0, BigDecimal.ZERO, 0)));
  private final List<Pending> pending = new ArrayList<>();
  private final List<SheetProblem> problems = new ArrayList<>();
  private BigDecimal sum = BigDecimal.ZERO;
  private int unreadable;

  /** Where a run may start: after this many rows, their sum, and how many of them had no amount to read. */
  private record Start(int rows, BigDecimal sum, int unreadable) {
  }

  /**
   * A total, right when a run sums to between {@code low} and {@code high}; one no run above matched waits for the
   * rows below it, {@code above} the start of the rows nearest above it that it failed to sum, if there were any.
   */
  private record Pending(SpreadsheetRow row, BigDecimal total, BigDecimal low, BigDecimal high, Start from,
      Start above) {
  }

  /** @param money the key of the amount column */
  Totals(MoneyUnit unit, String money) {
    this.unit = unit;
    this.money = money;
  }

  void add(int row, BigDecimal amount) {
    rows.add(row);
    if (amount == null) {
      unreadable++;
    } else {
      sum = sum.add(amount);
    }
    pending.removeIf(total -> total.from().unreadable() == unreadable && within(since(total.from()), total));
  }

  /** A heading starts a section: a total may sum from here. */
  void newSection() {
    starts.add(current());
  }

  /** Checks a total row against the rows above it, or keeps it for the rows below; a total may sum from after it. */
  void check(SpreadsheetRow row) {
    var cell = row.cell(money);
    if (cell.number() != null) {
      var written = CellText.number(cell.text()).orElseThrow();
      var tolerance = unit.factor().movePointLeft(Math.max(written.scale(), 0));
      var total = new Pending(row, cell.number(), cell.number().subtract(tolerance), cell.number().add(tolerance),
          current(), null);
      if (!matchesAbove(total)) {
        if (pending.size() == TOTALS_WAITING) {
          fail(pending.remove(0));
        }
        pending.add(new Pending(row, total.total(), total.low(), total.high(), total.from(), nearestAbove()));
      }
    }
    newSection();
  }

  /** The totals that matched no run, once the sheet has ended. */
  List<SheetProblem> end() {
    pending.forEach(this::fail);
    pending.clear();
    return problems;
  }

  private void fail(Pending total) {
    if (problems.size() > SpreadsheetReader.MAX_PROBLEMS) {
      return;
    }
    if (total.above() != null) {
      problems.add(total.row().problem(money, "שורת הסיכום היא " + shekels(total.total()) + " ש\"ח, אבל השורות "
          + "שמעליה (" + range(total.above().rows(), total.from().rows()) + ") מסתכמות ב-"
          + shekels(total.from().sum().subtract(total.above().sum())) + " ש\"ח"));
    } else if (rows.size() > total.from().rows() && total.from().unreadable() == unreadable) {
      problems.add(total.row().problem(money, "שורת הסיכום היא " + shekels(total.total()) + " ש\"ח, אבל השורות "
          + "שמתחתיה (" + range(total.from().rows(), rows.size()) + ") מסתכמות ב-" + shekels(since(total.from()))
          + " ש\"ח"));
    }
  }

  private boolean matchesAbove(Pending total) {
    for (int index = starts.size() - 1; index >= Math.max(1, starts.size() - SECTIONS_SEARCHED); index--) {
      if (matches(starts.get(index), total)) {
        return true;
      }
    }
    return matches(starts.get(0), total);
  }

  private boolean matches(Start start, Pending total) {
    return start.rows() < rows.size() && start.unreadable() == unreadable && within(since(start), total);
  }

  /** Where the rows nearest above start; null when there are none, or one of them could not be read. */
  private Start nearestAbove() {
    for (int index = starts.size() - 1; index >= 0; index--) {
      if (starts.get(index).rows() < rows.size()) {
        return starts.get(index).unreadable() == unreadable ? starts.get(index) : null;
      }
    }
    return null;
  }

  private boolean within(BigDecimal sum, Pending total) {
    return sum.compareTo(total.low()) >= 0 && sum.compareTo(total.high()) <= 0;
  }

  private BigDecimal since(Start start) {
    return sum.subtract(start.sum());
  }

  private Start current() {
    return new Start(rows.size(), sum, unreadable);
  }

  /** The rows from the {@code from}th added to the one before the {@code to}th, as their numbers. */
  private String range(int from, int to) {
    int first = rows.get(from);
    int last = rows.get(to - 1);
    return first == last ? "שורה " + first : "שורות " + first + "–" + last;
  }

  /** "1,250,000" or "1,250.50": an amount of shekels as the preview writes it. */
  static String shekels(BigDecimal amount) {
    var plain = CellText.canonical(amount);
    return plain.scale() <= 0 ? String.format(Locale.ROOT, "%,d", plain.toBigIntegerExact())
        : String.format(Locale.ROOT, "%,.2f", plain);
  }
}
