package org.maagal.goals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A new cycle's copy of the approved tree takes what was measured in the approved tree's year as its
 * baselines: the year's actual becomes the baseline value, the year the baseline year. An indicator is
 * matched by its target and indicator text, as ids change from one year's tree to the next; an
 * indicator without an actual keeps its baseline.
 */
final class Rebaseline {

  private Rebaseline() {
  }

  /** Rebases the lines that have an actual in {@code year}; answers how many did. */
  static int apply(List<GoalTreeLine> lines, Map<IndicatorActuals.Key, BigDecimal> actuals, int year) {
    int rebased = 0;
    for (GoalTreeLine line : lines) {
      if (line.indicator() == null) {
        continue;
      }
      BigDecimal actual = actuals.get(new IndicatorActuals.Key(line.target(), line.indicator()));
      if (actual != null) {
        line.rebase(actual, year);
        rebased++;
      }
    }
    return rebased;
  }

  /** What the version's source adds, e.g. ", ערכי הבסיס מהמדידה של 2027: 14 מדדים"; nothing if none was rebased. */
  static String describe(int year, int rebased) {
    if (rebased == 0) {
      return "";
    }
    return ", ערכי הבסיס מהמדידה של " + year + ": " + (rebased == 1 ? "מדד אחד" : rebased + " מדדים");
  }
}
