package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision table of an amendment's review path, rule by rule, by the money it moves. */
class AmendmentReviewDecisionTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static DmnDecision table;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream file = Files.newInputStream(Path.of("processes", "amendment-review.dmn"))) {
      table = DMN.parseDecision(AmendmentSizing.DECISION, file);
    }
  }

  @Test
  void anAmendmentThatMovesNoMoneyIsTheStrategyUnitsAlone() {
    assertThat(path("0")).isEqualTo(new AmendmentSizing.Path("strategy-unit", new BigDecimal("0"), false, false));
  }

  @Test
  void moneyMovedUpToTheThresholdGoesToFinance() {
    assertThat(path("0.01").needsFinance()).isTrue();
    assertThat(path("100000")).isEqualTo(new AmendmentSizing.Path("finance", new BigDecimal("100000"), true, false));
  }

  @Test
  void moneyMovedAboveTheThresholdGoesToFinanceAndTheCeo() {
    assertThat(path("100000.01")).isEqualTo(new AmendmentSizing.Path("finance-and-ceo", new BigDecimal("100000.01"),
        true, true));
  }

  private static AmendmentSizing.Path path(String moneyMoved) {
    return AmendmentSizing.pathOf(new BigDecimal(moneyMoved), variables -> DMN.evaluateDecision(table, variables));
  }
}
