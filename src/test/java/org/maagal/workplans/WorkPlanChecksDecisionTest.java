package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision table of the work plan checks, rule by rule: what it finds, and what blocks a plan. */
class WorkPlanChecksDecisionTest {

  static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  static DmnDecision checks;

  @BeforeAll
  static void parse() throws IOException {
    try (InputStream table = Files.newInputStream(Path.of("processes", "work-plan-checks.dmn"))) {
      checks = DMN.parseDecision(WorkPlanChecks.DECISION, table);
    }
  }

  @Test
  void aPlanWithActivitiesAndNothingWrongHasNoFinding() {
    assertThat(findings(3, 0, 0, 0, 0, 0, 0)).isEmpty();
  }

  @Test
  void aPlanWithoutActivitiesIsBlocked() {
    assertThat(findings(0, 0, 0, 0, 0, 0, 0)).containsExactly("no-activities:true");
  }

  @Test
  void anActivityWithoutATargetIsAWarningForTheStrategyUnit() {
    assertThat(findings(2, 1, 0, 0, 0, 0, 0)).containsExactly("activity-without-target:false");
  }

  @Test
  void aTargetNotInTheApprovedTreeBlocks() {
    assertThat(findings(2, 0, 1, 0, 0, 0, 0)).containsExactly("unknown-target:true");
  }

  @Test
  void aClauseNoLongerInTheBudgetBookBlocks() {
    assertThat(findings(2, 0, 0, 1, 0, 0, 0)).containsExactly("unknown-clause:true");
  }

  @Test
  void aSumOverACeilingBlocks() {
    assertThat(findings(2, 0, 0, 0, 2, 0, 0)).containsExactly("over-ceiling:true");
  }

  @Test
  void everyFindingOfAPlanIsCollected() {
    assertThat(findings(2, 1, 1, 1, 1, 1, 1)).containsExactlyInAnyOrder("activity-without-target:false",
        "unknown-target:true", "unknown-clause:true", "over-ceiling:true", "unknown-emphasis:false",
        "unserved-emphasis:false");
  }

  @Test
  void anEmphasisNoLongerInTheCeosListIsAWarning() {
    assertThat(findings(2, 0, 0, 0, 0, 1, 0)).containsExactly("unknown-emphasis:false");
  }

  @Test
  void anEmphasisNoActivityOfTheCityServesIsAWarning() {
    assertThat(findings(2, 0, 0, 0, 0, 0, 2)).containsExactly("unserved-emphasis:false");
  }

  private static List<String> findings(int activities, int withoutTarget, int unknownTarget, int unknownClause,
      int overruns, int unknownEmphasis, int unservedEmphases) {
    var result = DMN.evaluateDecision(checks, Map.of("activities", activities,
        "activitiesWithoutTarget", withoutTarget, "activitiesWithUnknownTarget", unknownTarget,
        "linesWithUnknownClause", unknownClause, "overruns", overruns,
        "activitiesWithUnknownEmphasis", unknownEmphasis, "emphasesUnserved", unservedEmphases));
    return result.stream().map(rule -> rule.get("finding") + ":" + rule.get("blocking")).toList();
  }
}
