package org.maagal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.maagal.measurement.ReportView;
import org.maagal.measurement.Round;

/**
 * The demo's numbers: plausible and the same on every run, drawn from a generator seeded by the year and
 * what they are about, so that a demo year shows green, amber and red targets, delays and underspending.
 */
final class DemoFigures {

  /** How far an indicator gets toward the progress expected of it: ahead, on track, behind, stuck. */
  private static final List<Double> PROGRESS = List.of(1.15, 1.0, 0.95, 0.85, 0.7, 0.5, 0.2);

  private DemoFigures() {
  }

  static Random random(int year, String about) {
    return new Random(31L * year + about.hashCode());
  }

  /**
   * The indicator's actual value at the round: the baseline plus the progress expected by then (half the way
   * at the semi-annual round of a one-year target) times a share drawn for it; null when the tree lacks a
   * baseline or a target.
   */
  static BigDecimal actual(int year, String departmentId, ReportView.IndicatorLine indicator, Round round) {
    if (indicator.baseline() == null || indicator.baseline().value() == null || indicator.targetValue() == null
        || indicator.targetValue().value() == null) {
      return null;
    }
    var baseline = indicator.baseline().value();
    var target = indicator.targetValue().value();
    double share = round.elapsedShare(year, indicator.baseline().year(), indicator.targetValue().year());
    double progress = PROGRESS.get(random(year, departmentId + indicator.indicator()).nextInt(PROGRESS.size()));
    var expected = target.subtract(baseline).multiply(BigDecimal.valueOf(share * progress));
    return baseline.add(expected).setScale(whole(baseline) && whole(target) ? 0 : 1, RoundingMode.HALF_UP);
  }

  /** Counted in whole units (members, counsellors) when the tree's values are whole: no 612.4 members. */
  private static boolean whole(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= 0;
  }

  /** A share of the planned money spent by the round: about half at mid-year, most of it at the end. */
  static BigDecimal spent(int year, long lineId, BigDecimal planned, Round round) {
    var random = random(year, "line" + lineId);
    double share = round == Round.SEMI_ANNUAL ? 0.35 + random.nextDouble() * 0.25 : 0.75 + random.nextDouble() * 0.25;
    return planned.multiply(BigDecimal.valueOf(share)).setScale(-2, RoundingMode.HALF_UP).max(BigDecimal.ZERO);
  }

  /** An amount to plan on a clause: a rounded share of it, never more than the clause holds. */
  static BigDecimal planned(int year, String clauseCode, BigDecimal clauseAmount, int sharers) {
    double share = 0.3 + random(year, clauseCode).nextDouble() * 0.3;
    var amount = clauseAmount.multiply(BigDecimal.valueOf(share / sharers)).setScale(-3, RoundingMode.DOWN);
    return amount.signum() > 0 ? amount : clauseAmount.divide(BigDecimal.valueOf(sharers), 0, RoundingMode.DOWN);
  }

  /** One activity in about five runs late at mid-year, one in eight by the year's end. */
  static boolean late(int year, long activityId, Round round) {
    return random(year, "activity" + activityId + round).nextInt(round == Round.SEMI_ANNUAL ? 5 : 8) == 0;
  }
}
