package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The share of a target's period behind us at a round, worked out by hand in days. */
class RoundTest {

  @Test
  void aFiveYearTargetIsMeasuredAgainstTheDaysItsPeriodHasRun() {
    // from 31.12.2025 to 30.6.2027: 546 days of the 1,826 to 31.12.2030
    assertThat(Round.SEMI_ANNUAL.elapsedShare(2027, 2025, 2030)).isCloseTo(546.0 / 1826, within(1e-9));
    // to 31.12.2027: 730 days
    assertThat(Round.ANNUAL.elapsedShare(2027, 2025, 2030)).isCloseTo(730.0 / 1826, within(1e-9));
  }

  @Test
  void aTargetForTheCyclesOwnYearIsHalfWayAtMidYear() {
    // 31.12.2026 to 30.6.2027: 181 of 365 days
    assertThat(Round.SEMI_ANNUAL.elapsedShare(2027, 2026, 2027)).isCloseTo(181.0 / 365, within(1e-9));
    assertThat(Round.ANNUAL.elapsedShare(2027, 2026, 2027)).isEqualTo(1.0);
  }

  @Test
  void withoutAPeriodTheCyclesYearIsThePeriod() {
    assertThat(Round.SEMI_ANNUAL.elapsedShare(2027, null, 2030)).isEqualTo(0.5);
    assertThat(Round.ANNUAL.elapsedShare(2027, 2025, null)).isEqualTo(1.0);
    // a target whose year is its baseline's (a tree rebased on the year's own values)
    assertThat(Round.SEMI_ANNUAL.elapsedShare(2028, 2027, 2027)).isEqualTo(0.5);
  }

  @Test
  void aPeriodOverOrNotBegunIsAllOrNothing() {
    assertThat(Round.ANNUAL.elapsedShare(2031, 2025, 2030)).isEqualTo(1.0);
    assertThat(Round.SEMI_ANNUAL.elapsedShare(2025, 2026, 2030)).isEqualTo(0.0);
  }
}
