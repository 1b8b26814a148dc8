package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.goals.Direction;
import org.springframework.beans.factory.annotation.Autowired;

/** The status rules as the application evaluates them: through the deployed decisions, thresholds included. */
@MaagalIntegrationTest
class TargetStatusRulesIntegrationTest {

  @Autowired
  TargetStatusRules rules;

  @Autowired
  RepositoryService repository;

  @Test
  void bothDecisionsOfTheDiagramAreDeployed() {
    assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .contains("target-status", "target-status-thresholds");
  }

  @Test
  void youthMovementMembersOnTrackHalfAYearInAreGreen() {
    var status = rules.statusOf(new TargetStatusInput("youth", "מספר החניכים בתנועות ובארגוני הנוער",
        Direction.HIGHER_IS_BETTER, new BigDecimal(528), new BigDecimal(950), new BigDecimal(739), 0.5));

    assertThat(status).isEqualTo(new TargetStatus("green", "ירוק", new BigDecimal("1.0000")));
  }

  @Test
  void theDeployedThresholdsOfTheSecurityDepartmentApply() {
    // 0.9 of the expected progress: green by default, amber for the stricter security department
    var schools = rules.statusOf(input("schools", 190));
    var security = rules.statusOf(input("security", 190));

    assertThat(schools.status()).isEqualTo("green");
    assertThat(security).isEqualTo(new TargetStatus("amber", "צהוב", new BigDecimal("0.9000")));
  }

  @Test
  void nothingReportedIsNotReported() {
    assertThat(rules.statusOf(input("schools", null))).isEqualTo(new TargetStatus("none", "לא דווח", null));
  }

  private static TargetStatusInput input(String departmentId, Integer actual) {
    return new TargetStatusInput(departmentId, "מדד לבדיקה", Direction.HIGHER_IS_BETTER, new BigDecimal(100),
        new BigDecimal(300), actual == null ? null : new BigDecimal(actual), 0.5);
  }
}
