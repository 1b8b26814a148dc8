package org.maagal.decisions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
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
 *
 * <p>A decision's answer depends on its version and its inputs only (our tables read no clock), and the same few
 * inputs come again and again (a work plan's checks are seven counts, mostly naught): the answers last given are
 * kept, by version and inputs. A new version of a table is a new key, so a changed rule answers at once.
 */
@Component
public class DeployedDecisions {

  /** Parsed versions kept: a few decisions in use, while every deployment of a changed table adds a version. */
  static final int KEPT_VERSIONS = 32;
  /** Answers kept: a work plan's checks, a target's status and a control's deviation, each for the inputs met lately. */
  static final int KEPT_ANSWERS = 4096;

  private final RepositoryService repository;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final BoundedCache<String, DmnDecision> parsed = new BoundedCache<>(KEPT_VERSIONS);
  private final BoundedCache<Evaluation, DmnDecisionResult> answers = new BoundedCache<>(KEPT_ANSWERS);

  DeployedDecisions(RepositoryService repository) {
    this.repository = repository;
  }

  /** The newest version's answer to these inputs; the result is shared, to be read and not changed. */
  public DmnDecisionResult evaluate(String decisionKey, Map<String, Object> variables) {
    String version = newestVersion(decisionKey);
    return answers.computeIfAbsent(new Evaluation(version, new HashMap<>(variables)),
        evaluation -> dmn.evaluateDecision(parsed(decisionKey, version), variables));
  }

  private String newestVersion(String decisionKey) {
    var definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion()
        .singleResult();
    if (definition == null) {
      throw new IllegalStateException("No decision '" + decisionKey + "' is deployed");
    }
    return definition.getId();
  }

  private DmnDecision parsed(String decisionKey, String version) {
    return parsed.computeIfAbsent(version, id -> {
      try (InputStream model = repository.getDecisionModel(id)) {
        return dmn.parseDecision(decisionKey, model);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A version of a decision (its definition's id) and the inputs it was asked with. */
  private record Evaluation(String version, Map<String, Object> inputs) {
  }

  /** How many parsed versions are kept now. */
  int parsedVersions() {
    return parsed.size();
  }
}
