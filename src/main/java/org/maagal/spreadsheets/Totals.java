package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sums of a sheet's amounts, for checking the totals it writes. A total sums the rows of some run ending just
 * above it that starts at the top of the sheet, below an earlier total or below a heading: a department's subtotal,
 * a division's, the grand total, alike. It is right to within one unit of its last written digit (a shekel, or a
 * thousand shekels in a sheet kept in thousands); one that matches no run is a problem, named against the nearest.
 */
final class Totals {

  private final MoneyUnit unit;
  private final List<Integer> rows = new ArrayList<>();
  private final List<Start> starts = new ArrayList<>(List.of(new Start(0, BigDecimal.ZERO, 0)));
  private BigDecimal sum = BigDecimal.ZERO;
  private int unreadable;

  /** Where a run may start: after this many rows, their sum, and how many of them had no amount to read. */
  private record Start(int rows, BigDecimal sum, int unreadable) {
  }

  Totals(MoneyUnit unit) {
    this.unit = unit;
  }

  void add(int row, BigDecimal amount) {
    rows.add(row);
    if (amount == null) {
      unreadable++;
    } else {
      sum = sum.add(amount);
    }
  }

  /** A heading starts a section: a total may sum from here. */
  void newSection() {
    starts.add(new Start(rows.size(), sum, unreadable));
  }

  /** Why the total written in this cell is wrong, if it is; a total may sum from the row after it. */
  Optional<String> check(SheetCell total) {
    try {
      return problem(total);
    } finally {
      newSection();
    }
  }

  private Optional<String> problem(SheetCell total) {
    if (total.number() == null) {
      return Optional.empty();
    }
    var written = CellText.number(total.text()).orElseThrow();
    BigDecimal tolerance = unit.factor().movePointLeft(Math.max(written.scale(), 0));
    Start nearest = null;
    for (int index = starts.size() - 1; index >= 0; index--) {
      Start start = starts.get(index);
      if (start.rows() == rows.size()) {
        continue;
      }
      nearest = nearest == null ? start : nearest;
      if (start.unreadable() == unreadable
          && sum.subtract(start.sum()).subtract(total.number()).abs().compareTo(tolerance) <= 0) {
        return Optional.empty();
      }
    }
    if (nearest == null || nearest.unreadable() != unreadable) {
      // nothing above to sum, or a row whose amount could not be read: that row's own problem says it
      return Optional.empty();
    }
    return Optional.of("שורת הסיכום היא " + shekels(total.number()) + " ש\"ח, אבל השורות שמעליה ("
        + range(nearest) + ") מסתכמות ב-" + shekels(sum.subtract(nearest.sum())) + " ש\"ח");
  }

  private String range(Start start) {
    int first = rows.get(start.rows());
    int last = rows.get(rows.size() - 1);
    return first == last ? "שורה " + first : "שורות " + first + "–" + last;
  }

  /** "1,250,000" or "1,250.50": an amount of shekels as the preview writes it. */
  static String shekels(BigDecimal amount) {
    var plain = CellText.canonical(amount);
    return plain.scale() <= 0 ? String.format(Locale.ROOT, "%,d", plain.toBigIntegerExact())
        : String.format(Locale.ROOT, "%,.2f", plain);
  }
}
