package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.maagal.goals.Direction;

/** The arithmetic before the decision table: the share of the expected progress, and what has none. */
class TargetStatusRulesTest {

  @Test
  void ratioIsTheProgressMadeOverTheProgressExpectedByNow() {
    // 528 to 950 members, half a year in: 211 more expected, 127 more made
    assertThat(TargetStatusRules.progressRatio(input(Direction.HIGHER_IS_BETTER, "528", "950", "655", 0.5)))
        .isEqualTo(new BigDecimal("0.6018"));
    assertThat(TargetStatusRules.progressRatio(input(Direction.HIGHER_IS_BETTER, "528", "950", "950", 1.0)))
        .isEqualTo(new BigDecimal("1.0000"));
  }

  @Test
  void ratioIsPositiveWhenALowerIsBetterIndicatorFalls() {
    assertThat(TargetStatusRules.progressRatio(input(Direction.LOWER_IS_BETTER, "14", "10", "12", 0.5)))
        .isEqualTo(new BigDecimal("1.0000"));
    assertThat(TargetStatusRules.progressRatio(input(Direction.LOWER_IS_BETTER, "14", "10", "15", 0.5)))
        .isEqualTo(new BigDecimal("-0.5000"));
  }

  @Test
  void ratioIsRoundedDownToFourPlacesSoABorderIsNeverReachedByRounding() {
    // 2 / 3 of the expected progress is 0.66666…
    assertThat(TargetStatusRules.progressRatio(input(Direction.HIGHER_IS_BETTER, "0", "3", "2", 1.0)))
        .isEqualTo(new BigDecimal("0.6666"));
    // 0.89999… stays below the default green border of 0.9
    assertThat(TargetStatusRules.progressRatio(input(Direction.HIGHER_IS_BETTER, "0", "100000", "89999", 1.0)))
        .isEqualTo(new BigDecimal("0.8999"));
  }

  @Test
  void nothingReportedHasNoRatio() {
    var variables = TargetStatusRules.decisionVariables(input(Direction.HIGHER_IS_BETTER, "528", "950", null, 0.5));

    assertThat(variables).containsEntry("reported", false).containsEntry("progressRatio", null)
        .containsEntry("atLeastExpected", null);
  }

  @Test
  void aTargetEqualToTheBaselineExpectsNoProgressAndIsComparedWithTheBaseline() {
    assertThat(TargetStatusRules.decisionVariables(input(Direction.HIGHER_IS_BETTER, "95", "95", "96", 0.5)))
        .containsEntry("reported", true).containsEntry("progressExpected", false)
        .containsEntry("atLeastExpected", true).containsEntry("progressRatio", null);
    assertThat(TargetStatusRules.decisionVariables(input(Direction.LOWER_IS_BETTER, "3.0", "3", "3.00", 0.5)))
        .containsEntry("atLeastExpected", true);
    assertThat(TargetStatusRules.decisionVariables(input(Direction.LOWER_IS_BETTER, "3", "3", "3.5", 0.5)))
        .containsEntry("atLeastExpected", false);
  }

  @Test
  void noTimeElapsedExpectsNoProgressAndDividesByNothing() {
    assertThat(TargetStatusRules.decisionVariables(input(Direction.HIGHER_IS_BETTER, "528", "950", "500", 0)))
        .containsEntry("progressExpected", false).containsEntry("atLeastExpected", false)
        .containsEntry("progressRatio", null);
  }

  @Test
  void theThresholdsAreChosenByDepartmentAndIndicator() {
    assertThat(TargetStatusRules.decisionVariables(input(Direction.HIGHER_IS_BETTER, "1", "2", "2", 1.0)))
        .containsEntry("departmentId", "youth").containsEntry("indicator", "מספר החניכים בתנועות ובארגוני הנוער");
  }

  @Test
  void anElapsedShareOutsideThePeriodIsRefused() {
    assertThatThrownBy(() -> input(Direction.HIGHER_IS_BETTER, "1", "2", "2", 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> input(Direction.HIGHER_IS_BETTER, "1", "2", "2", -0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> input(Direction.HIGHER_IS_BETTER, "1", "2", "2", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTargetWithoutBaselineOrTargetValueIsRefused() {
    assertThatThrownBy(() -> input(Direction.HIGHER_IS_BETTER, null, "2", "2", 0.5))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("baseline");
    assertThatThrownBy(() -> input(Direction.HIGHER_IS_BETTER, "1", null, "2", 0.5))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("target value");
  }

  private static TargetStatusInput input(Direction direction, String baseline, String target, String actual,
      double elapsedShare) {
    return new TargetStatusInput("youth", "מספר החניכים בתנועות ובארגוני הנוער", direction, decimal(baseline),
        decimal(target), decimal(actual), elapsedShare);
  }

  private static BigDecimal decimal(String value) {
    return value == null ? null : new BigDecimal(value);
  }
}
