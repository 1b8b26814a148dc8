package org.maagal.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.maagal.decisions.DeployedDecisions;
import org.maagal.goals.Direction;
import org.maagal.goals.GoalTreeView.Measure;
import org.springframework.stereotype.Component;

/**
 * The status of a target at a measurement round: red, amber or green. Java does the arithmetic — the
 * share of the expected progress reached — and the decision {@code target-status}
 * ({@code processes/target-status.dmn}) decides the colour, with the thresholds of its required decision
 * {@code target-status-thresholds}, so the strategy unit sets them per department or indicator without
 * a developer.
 */
@Component
public class TargetStatusRules {

  static final String DECISION = "target-status";
  /** A target without a baseline, a target value or a direction in the approved tree: nothing to measure it by. */
  public static final TargetStatus NOT_MEASURABLE = new TargetStatus("none", "לא נמדד", null);

  /** Decimal places of the progress ratio; rounded down, so a target never shows a shade better than it is. */
  static final int RATIO_SCALE = 4;

  private final DeployedDecisions decisions;

  TargetStatusRules(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  public TargetStatus statusOf(TargetStatusInput input) {
    return statusOf(input, variables -> decisions.evaluate(DECISION, variables));
  }

  /**
   * The status of an indicator at a round of the year, with its baseline, target and direction as the approved tree
   * has them; {@link #NOT_MEASURABLE} when the tree lacks one of them.
   */
  public TargetStatus statusOf(int year, Round round, String departmentId, String indicator, Direction direction,
      Measure baseline, Measure target, BigDecimal actual) {
    if (baseline == null || baseline.value() == null || target == null || target.value() == null
        || direction == null) {
      return NOT_MEASURABLE;
    }
    return statusOf(new TargetStatusInput(departmentId, indicator, direction, baseline.value(), target.value(), actual,
        round.elapsedShare(year, baseline.year(), target.year())));
  }

  /** The status of an indicator as a department's report of a round has it. */
  public TargetStatus statusOf(ReportView report, ReportView.IndicatorLine line) {
    return statusOf(report.year(), report.round(), report.departmentId(), line.indicator(), line.direction(),
        line.baseline(), line.targetValue(), line.actual());
  }

  /** The same, with the decision given, so that the rules can be tested on the file without an engine. */
  static TargetStatus statusOf(TargetStatusInput input, Function<Map<String, Object>, DmnDecisionResult> decision) {
    var variables = decisionVariables(input);
    var result = decision.apply(variables).getSingleResult();
    if (result == null) {
      throw new IllegalStateException("The decision '" + DECISION + "' has no rule for " + variables);
    }
    return new TargetStatus(result.getEntry("status"), result.getEntry("statusName"),
        (BigDecimal) variables.get("progressRatio"));
  }

  /**
   * The decision's inputs. When nothing was reported the table says so; when no progress is expected
   * (the target equals the baseline, or no time has elapsed) there is no ratio to divide out, and the
   * table gets instead whether the actual value is at least as good as the expected one — the baseline.
   */
  static VariableMap decisionVariables(TargetStatusInput input) {
    boolean reported = input.actual() != null;
    boolean progressExpected = input.target().compareTo(input.baseline()) != 0 && input.elapsedShare() > 0;
    return Variables.createVariables()
        .putValue("departmentId", input.departmentId())
        .putValue("indicator", input.indicator())
        .putValue("reported", reported)
        .putValue("progressExpected", progressExpected)
        .putValue("atLeastExpected", reported && !progressExpected
            ? atLeastAsGood(input.actual(), input.baseline(), input.direction()) : null)
        .putValue("progressRatio", reported && progressExpected ? progressRatio(input) : null);
  }

  /**
   * (actual − baseline) / ((target − baseline) × elapsedShare), in one division. The sign of
   * target − baseline carries the direction: when lower is better both differences are negative for a
   * target moving the right way. Only called when target ≠ baseline and elapsedShare &gt; 0.
   */
  static BigDecimal progressRatio(TargetStatusInput input) {
    BigDecimal expected = input.target().subtract(input.baseline()).multiply(BigDecimal.valueOf(input.elapsedShare()));
    return input.actual().subtract(input.baseline()).divide(expected, RATIO_SCALE, RoundingMode.FLOOR);
  }

  private static boolean atLeastAsGood(BigDecimal actual, BigDecimal expected, Direction direction) {
    int comparison = actual.compareTo(expected);
    return direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
  }
}
