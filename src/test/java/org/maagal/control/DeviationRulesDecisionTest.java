package org.maagal.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision table of mid-year control, rule by rule: what the semi-annual round flags, and what it leaves. */
class DeviationRulesDecisionTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static DmnDecision rules;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream table = Files.newInputStream(Path.of("processes", "mid-year-control.dmn"))) {
      rules = DMN.parseDecision(DeviationRules.DECISION, table);
    }
  }

  @Test
  void aRedTargetIsFlagged() {
    assertThat(target("red")).contains("red-target");
  }

  @Test
  void anAmberTargetIsFlagged() {
    assertThat(target("amber")).contains("amber-target");
  }

  @Test
  void aGreenTargetOrOneNotMeasuredIsNot() {
    assertThat(target("green")).isEmpty();
    assertThat(target("none")).isEmpty();
  }

  @Test
  void aCancelledActivityIsFlaggedWhateverItSpent() {
    assertThat(activity("CANCELLED", "0")).contains("cancelled-activity");
    assertThat(activity("CANCELLED", "1.5")).contains("cancelled-activity");
  }

  @Test
  void aDelayedActivityIsFlagged() {
    assertThat(activity("DELAYED", "0.5")).contains("delayed-activity");
    assertThat(activity("DELAYED", null)).contains("delayed-activity");
  }

  @Test
  void anActivityUnderWayThatSpentLessThanAQuarterOfItsBudgetIsFlagged() {
    assertThat(activity("IN_PROGRESS", "0.2499")).contains("low-execution");
    assertThat(activity("IN_PROGRESS", "0.25")).isEmpty();
  }

  @Test
  void aFinishedActivityThatSpentLittleIsNot() {
    assertThat(activity("DONE", "0.1")).isEmpty();
  }

  @Test
  void anActivitySpendingMoreThanItsBudgetIsFlagged() {
    assertThat(activity("IN_PROGRESS", "1.01")).contains("over-execution");
    assertThat(activity("DONE", "1.2")).contains("over-execution");
    assertThat(activity("DONE", "1")).isEmpty();
  }

  @Test
  void anActivityUnderWayWithoutABudgetIsNot() {
    assertThat(activity("IN_PROGRESS", null)).isEmpty();
  }

  @Test
  void everyFindingHasItsHebrewName() {
    assertThat(DeviationRules.evaluate(variables -> DMN.evaluateDecision(rules, variables), DeviationSubject.ACTIVITY,
        "DELAYED", null)).map(Finding::reason).contains("פעילות באיחור");
  }

  private static Optional<String> target(String status) {
    return DeviationRules.evaluate(variables -> DMN.evaluateDecision(rules, variables), DeviationSubject.TARGET,
        status, null).map(Finding::code);
  }

  private static Optional<String> activity(String status, String executionRatio) {
    return DeviationRules.evaluate(variables -> DMN.evaluateDecision(rules, variables), DeviationSubject.ACTIVITY,
        status, executionRatio == null ? null : new BigDecimal(executionRatio)).map(Finding::code);
  }
}
