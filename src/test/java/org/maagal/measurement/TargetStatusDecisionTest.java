package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maagal.goals.Direction;

/**
 * The status rules of a measurement round, rule by rule: the thresholds per department and indicator and
 * their borders, then worked figures of the goal tree through the arithmetic and the table together.
 */
class TargetStatusDecisionTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static final String YOUTH_MOVEMENT_MEMBERS = "מספר החניכים בתנועות ובארגוני הנוער";
  static final String ARMY_DROPOUT = "אחוז הנשירה משירות צבאי מקרב המתגייסים";
  static DmnDecision status;
  static DmnDecision thresholds;

  @BeforeAll
  static void parse() throws IOException {
    status = parse(TargetStatusRules.DECISION);
    thresholds = parse("target-status-thresholds");
  }

  private static DmnDecision parse(String decision) throws IOException {
    try (InputStream table = Files.newInputStream(Path.of("processes", "target-status.dmn"))) {
      return DMN.parseDecision(decision, table);
    }
  }

  @Test
  void statusRequiresTheThresholds() {
    assertThat(status.getRequiredDecisions()).extracting(DmnDecision::getKey)
        .containsExactly("target-status-thresholds");
  }

  // the thresholds

  @Test
  void anyDepartmentAndIndicatorGetsTheDefaultThresholds() {
    assertThat(thresholdsOf("schools", "אחוז הזכאים לבגרות")).isEqualTo("0.9/0.6");
    assertThat(thresholdsOf(null, null)).isEqualTo("0.9/0.6");
  }

  @Test
  void theSecurityDepartmentIsStricter() {
    assertThat(thresholdsOf("security", "מספר המצלמות הפעילות")).isEqualTo("1.0/0.8");
  }

  @Test
  void youthMovementMembersAreMeasuredMoreMildlyBecauseTheyEnrolInAutumn() {
    assertThat(thresholdsOf("youth", YOUTH_MOVEMENT_MEMBERS)).isEqualTo("0.8/0.5");
  }

  @Test
  void anIndicatorsRuleComesBeforeItsDepartmentsRule() {
    assertThat(thresholdsOf("security", YOUTH_MOVEMENT_MEMBERS)).isEqualTo("0.8/0.5");
  }

  // the borders, by the share of the expected progress reached

  @Test
  void defaultThresholdsColourAtTheirBorders() {
    assertThat(colourAt("schools", "0.9")).isEqualTo("green");
    assertThat(colourAt("schools", "1.5")).isEqualTo("green");
    assertThat(colourAt("schools", "0.8999")).isEqualTo("amber");
    assertThat(colourAt("schools", "0.6")).isEqualTo("amber");
    assertThat(colourAt("schools", "0.5999")).isEqualTo("red");
    assertThat(colourAt("schools", "-0.25")).isEqualTo("red");
  }

  @Test
  void securityIsGreenOnlyWithAllTheExpectedProgress() {
    assertThat(colourAt("security", "1.0")).isEqualTo("green");
    assertThat(colourAt("security", "0.9999")).isEqualTo("amber");
    assertThat(colourAt("security", "0.9")).isEqualTo("amber");
    assertThat(colourAt("security", "0.8")).isEqualTo("amber");
    assertThat(colourAt("security", "0.7999")).isEqualTo("red");
  }

  @Test
  void youthMovementMembersColourAtTheirMilderBorders() {
    assertThat(colourAt("youth", YOUTH_MOVEMENT_MEMBERS, "0.8")).isEqualTo("green");
    assertThat(colourAt("youth", YOUTH_MOVEMENT_MEMBERS, "0.7999")).isEqualTo("amber");
    assertThat(colourAt("youth", YOUTH_MOVEMENT_MEMBERS, "0.5")).isEqualTo("amber");
    assertThat(colourAt("youth", YOUTH_MOVEMENT_MEMBERS, "0.4999")).isEqualTo("red");
  }

  @Test
  void everyColourHasItsHebrewName() {
    assertThat(statusOf(higherIsBetter("schools", "מדד", 100, 200, 150, 0.5))).isEqualTo(
        new TargetStatus("green", "ירוק", new BigDecimal("1.0000")));
    assertThat(statusOf(higherIsBetter("schools", "מדד", 100, 200, 135, 0.5))).isEqualTo(
        new TargetStatus("amber", "צהוב", new BigDecimal("0.7000")));
    assertThat(statusOf(higherIsBetter("schools", "מדד", 100, 200, 110, 0.5))).isEqualTo(
        new TargetStatus("red", "אדום", new BigDecimal("0.2000")));
  }

  // worked figures of the goal tree

  @Test
  void youthMovementMembersOnTrackHalfAYearInAreGreen() {
    // 528 to 950 is 422 more; half a year in, 211 more are expected: 739 is exactly on track
    assertThat(statusOf(higherIsBetter("youth", YOUTH_MOVEMENT_MEMBERS, 528, 950, 739, 0.5)))
        .isEqualTo(new TargetStatus("green", "ירוק", new BigDecimal("1.0000")));
  }

  @Test
  void youthMovementMembersFarBehindHalfAYearInAreRed() {
    // 72 more of the 211 expected: 0.3412, below even the milder amber border of 0.5
    assertThat(statusOf(higherIsBetter("youth", YOUTH_MOVEMENT_MEMBERS, 528, 950, 600, 0.5)))
        .isEqualTo(new TargetStatus("red", "אדום", new BigDecimal("0.3412")));
  }

  @Test
  void localYouthGuidesBehindAtTheYearsEndAreAmberThenRed() {
    // 30 to 70 guides: at the annual round all 40 more are expected; 62 is 32 of them (0.8), 50 half
    assertThat(statusOf(higherIsBetter("youth", "כוח הדרכה מקומי – מספר המדריכים בני המקום", 30, 70, 62, 1.0))
        .status()).isEqualTo("amber");
    assertThat(statusOf(higherIsBetter("youth", "כוח הדרכה מקומי – מספר המדריכים בני המקום", 30, 70, 50, 1.0))
        .status()).isEqualTo("red");
  }

  @Test
  void armyDropoutFallingAsExpectedIsGreen() {
    // lower is better, 14% to 10%: half a year in 12% is expected
    assertThat(statusOf(lowerIsBetter("youth", ARMY_DROPOUT, "14", "10", "12", 0.5)))
        .isEqualTo(new TargetStatus("green", "ירוק", new BigDecimal("1.0000")));
  }

  @Test
  void armyDropoutFallingSlowerIsAmberThenRed() {
    assertThat(statusOf(lowerIsBetter("youth", ARMY_DROPOUT, "14", "10", "12.5", 0.5)))
        .isEqualTo(new TargetStatus("amber", "צהוב", new BigDecimal("0.7500")));
    assertThat(statusOf(lowerIsBetter("youth", ARMY_DROPOUT, "14", "10", "13", 0.5)))
        .isEqualTo(new TargetStatus("red", "אדום", new BigDecimal("0.5000")));
  }

  @Test
  void armyDropoutRisingAboveTheBaselineIsRed() {
    assertThat(statusOf(lowerIsBetter("youth", ARMY_DROPOUT, "14", "10", "15", 0.5)))
        .isEqualTo(new TargetStatus("red", "אדום", new BigDecimal("-0.5000")));
  }

  // what has no ratio

  @Test
  void noActualValueIsNotReported() {
    assertThat(statusOf(new TargetStatusInput("youth", YOUTH_MOVEMENT_MEMBERS, Direction.HIGHER_IS_BETTER,
        new BigDecimal(528), new BigDecimal(950), null, 0.5)))
        .isEqualTo(new TargetStatus("none", "לא דווח", null));
  }

  @Test
  void aLevelToKeepIsGreenWhenKeptOrBettered() {
    assertThat(statusOf(higherIsBetter("schools", "מדד", 95, 95, 95, 0.5)))
        .isEqualTo(new TargetStatus("green", "ירוק", null));
    assertThat(statusOf(higherIsBetter("schools", "מדד", 95, 95, 97, 0.5)).status()).isEqualTo("green");
    assertThat(statusOf(lowerIsBetter("schools", "מדד", "3", "3", "2.5", 0.5)).status()).isEqualTo("green");
  }

  @Test
  void aLevelToKeepIsRedWhenMissedWhateverTheThresholds() {
    assertThat(statusOf(higherIsBetter("schools", "מדד", 95, 95, 94, 0.5)))
        .isEqualTo(new TargetStatus("red", "אדום", null));
    assertThat(statusOf(lowerIsBetter("schools", "מדד", "3", "3", "3.1", 1.0)).status()).isEqualTo("red");
  }

  @Test
  void beforeAnyTimeHasElapsedTheBaselineIsWhatIsExpected() {
    assertThat(statusOf(higherIsBetter("youth", YOUTH_MOVEMENT_MEMBERS, 528, 950, 528, 0)))
        .isEqualTo(new TargetStatus("green", "ירוק", null));
    assertThat(statusOf(higherIsBetter("youth", YOUTH_MOVEMENT_MEMBERS, 528, 950, 520, 0)).status())
        .isEqualTo("red");
    assertThat(statusOf(lowerIsBetter("youth", ARMY_DROPOUT, "14", "10", "13.5", 0)).status()).isEqualTo("green");
  }

  private static String thresholdsOf(String departmentId, String indicator) {
    var result = DMN.evaluateDecision(thresholds, Variables.createVariables()
        .putValue("departmentId", departmentId).putValue("indicator", indicator)).getSingleResult();
    return result.getEntry("greenFrom") + "/" + result.getEntry("amberFrom");
  }

  private static String colourAt(String departmentId, String progressRatio) {
    return colourAt(departmentId, "מדד כלשהו", progressRatio);
  }

  /** The table alone, with the ratio given as the application computes it. */
  private static String colourAt(String departmentId, String indicator, String progressRatio) {
    return DMN.evaluateDecision(status, Variables.createVariables()
            .putValue("departmentId", departmentId).putValue("indicator", indicator)
            .putValue("reported", true).putValue("progressExpected", true).putValue("atLeastExpected", null)
            .putValue("progressRatio", new BigDecimal(progressRatio)))
        .getSingleResult().getEntry("status");
  }

  private static TargetStatus statusOf(TargetStatusInput input) {
    return TargetStatusRules.statusOf(input, variables -> DMN.evaluateDecision(status, variables));
  }

  private static TargetStatusInput higherIsBetter(String departmentId, String indicator, int baseline, int target,
      int actual, double elapsedShare) {
    return new TargetStatusInput(departmentId, indicator, Direction.HIGHER_IS_BETTER, new BigDecimal(baseline),
        new BigDecimal(target), new BigDecimal(actual), elapsedShare);
  }

  private static TargetStatusInput lowerIsBetter(String departmentId, String indicator, String baseline,
      String target, String actual, double elapsedShare) {
    return new TargetStatusInput(departmentId, indicator, Direction.LOWER_IS_BETTER, new BigDecimal(baseline),
        new BigDecimal(target), new BigDecimal(actual), elapsedShare);
  }
}
