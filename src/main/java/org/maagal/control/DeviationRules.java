package org.maagal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.maagal.decisions.DeployedDecisions;
import org.maagal.measurement.ActivityStatus;
import org.springframework.stereotype.Component;

/**
 * The rules of mid-year control, {@code processes/mid-year-control.dmn}: which target or activity needs attention at
 * a round. Java gives the status and the share of the year's budget spent; the table decides, so the strategy unit
 * changes the thresholds without a developer. The same rules at the annual round tell whether an action worked.
 */
@Component
class DeviationRules {

  static final String DECISION = "mid-year-deviation";
  static final String NONE = "none";

  private final DeployedDecisions decisions;

  DeviationRules(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  /** A target's indicator with this status ("green", "amber", "red", "none"). */
  Optional<Finding> ofTarget(String status) {
    return evaluate(variables -> decisions.evaluate(DECISION, variables), DeviationSubject.TARGET, status, null);
  }

  /** An activity with this status, having spent {@code executionRatio} of its year's budget (null: it has none). */
  Optional<Finding> ofActivity(ActivityStatus status, BigDecimal executionRatio) {
    return evaluate(variables -> decisions.evaluate(DECISION, variables), DeviationSubject.ACTIVITY, status.name(),
        executionRatio);
  }

  /** The share of the planned money spent, to four places; null when nothing was planned. */
  static BigDecimal executionRatio(BigDecimal planned, BigDecimal actual) {
    return planned.signum() == 0 ? null : actual.divide(planned, 4, RoundingMode.HALF_UP);
  }

  /** The table itself, given as a function, so that its rules are tested on the file without an engine. */
  static Optional<Finding> evaluate(Function<Map<String, Object>, DmnDecisionResult> decision,
      DeviationSubject subject, String status, BigDecimal executionRatio) {
    var variables = new HashMap<String, Object>();
    variables.put("subject", subject.ruleName());
    variables.put("status", status);
    variables.put("executionRatio", executionRatio == null ? null : executionRatio.doubleValue());
    var result = decision.apply(variables).getFirstResult();
    if (result == null) {
      throw new IllegalStateException("The decision '" + DECISION + "' has no rule for " + variables);
    }
    String code = result.getEntry("deviation");
    return NONE.equals(code) ? Optional.empty() : Optional.of(new Finding(code, result.getEntry("reason")));
  }
}
