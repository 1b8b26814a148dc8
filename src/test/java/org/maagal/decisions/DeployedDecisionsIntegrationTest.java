package org.maagal.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The parsed decisions and their answers kept in memory: every deployment of a changed table is a new version that
 * answers at once, though the same inputs were answered by the version before, and few versions are kept.
 */
@MaagalIntegrationTest
class DeployedDecisionsIntegrationTest {

  static final String PROBE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
          id="cacheProbeDefinitions" name="probe" namespace="https://maagal.org/dmn">
        <decision id="cache-probe" name="probe" camunda:historyTimeToLive="1">
          <decisionTable id="cacheProbeTable">
            <input id="cacheProbeInput"><inputExpression id="cacheProbeExpression" typeRef="integer"><text>n</text></inputExpression></input>
            <output id="cacheProbeOutput" name="version" typeRef="integer" />
            <rule id="cacheProbeRule"><inputEntry id="cacheProbeEntry"><text></text></inputEntry>
              <outputEntry id="cacheProbeVersion"><text>VERSION</text></outputEntry></rule>
          </decisionTable>
        </decision>
      </definitions>
      """;

  @Autowired
  RepositoryService repository;

  private final List<String> deployments = new ArrayList<>();

  @AfterEach
  void removeTheProbes() {
    deployments.forEach(id -> repository.deleteDeployment(id, true));
  }

  @Test
  void evaluatingEveryNewVersionKeepsOnlyTheBoundOfThemParsed() {
    var decisions = new DeployedDecisions(repository);

    for (int version = 1; version <= DeployedDecisions.KEPT_VERSIONS + 5; version++) {
      deployments.add(repository.createDeployment().name("cache-probe")
          .addString("cache-probe.dmn", PROBE.replace("VERSION", String.valueOf(version))).deploy().getId());
      var result = decisions.evaluate("cache-probe", Map.of("n", 1));
      assertThat(result.getSingleResult().<Number>getEntry("version").intValue()).isEqualTo(version);
      assertThat(decisions.evaluate("cache-probe", Map.of("n", 1))).as("the answer kept").isSameAs(result);
    }

    assertThat(decisions.parsedVersions()).isEqualTo(DeployedDecisions.KEPT_VERSIONS);
  }
}
