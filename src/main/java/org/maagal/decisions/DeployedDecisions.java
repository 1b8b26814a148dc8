package org.maagal.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.maagal.caching.BoundedCache;
import org.springframework.stereotype.Component;

/**
 * Evaluates the newest deployed version of a decision, parsed once per version. It does not go through
 * the engine's DecisionService, which writes decision history on every evaluation: pages evaluate rules
 * on every read, and a read must not write (PostgreSQL refuses it in a read-only transaction).
 */
@Component
public class DeployedDecisions {

  /** Parsed versions kept: a few decisions in use, while every deployment of a changed table adds a version. */
  static final int KEPT_VERSIONS = 32;

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final BoundedCache<String, DmnDecision> parsed = new BoundedCache<>(KEPT_VERSIONS);

  DeployedDecisions(RepositoryService repository) {
    this.repository = repository;
  }

  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
    return dmn.evaluateDecision(newest(decisionKey), variables);
  }

  private DmnDecision newest(String decisionKey) {
    var definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion()
        .singleResult();
    if (definition == null) {
      throw new IllegalStateException("No decision '" + decisionKey + "' is deployed");
    }
    return parsed.computeIfAbsent(definition.getId(), id -> {
      try (InputStream model = repository.getDecisionModel(id)) {
        return dmn.parseDecision(decisionKey, model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** How many parsed versions are kept now. */
  int parsedVersions() {
    return parsed.size();
  }
}
