package org.maagal.workplans;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.maagal.decisions.DeployedDecisions;
import org.springframework.stereotype.Component;

/**
 * How large an amendment is, and so who reviews it ({@code processes/amendment-review.dmn}). Java measures the money
 * moved or added against the plan in force — per activity and clause, the larger of what the amendment adds and what
 * it takes away, so that 50,000 moved from one line to another is 50,000 — and the table decides the path.
 */
@Component
class AmendmentSizing {

  static final String DECISION = "amendment-review";

  private final DeployedDecisions decisions;

  AmendmentSizing(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  Path pathOf(WorkPlanVersion inForce, WorkPlanVersion amendment) {
    return pathOf(moneyMoved(inForce, amendment), variables -> decisions.evaluate(DECISION, variables));
  }

  /** The table itself, given as a function, so that its rules are tested on the file without an engine. */
  static Path pathOf(BigDecimal moneyMoved, Function<Map<String, Object>, DmnDecisionResult> decision) {
    var result = decision.apply(Map.of("moneyMoved", moneyMoved.doubleValue())).getFirstResult();
    if (result == null) {
      throw new IllegalStateException("The decision '" + DECISION + "' has no rule for " + moneyMoved);
    }
    return new Path(result.getEntry("path"), moneyMoved, Boolean.TRUE.equals(result.getEntry("needsFinance")),
        Boolean.TRUE.equals(result.getEntry("needsCeo")));
  }

  /** The larger of the money added and the money taken away, per activity (by its title) and clause. */
  static BigDecimal moneyMoved(WorkPlanVersion inForce, WorkPlanVersion amendment) {
    var change = new HashMap<List<String>, BigDecimal>();
    add(change, amendment, BigDecimal.ONE);
    add(change, inForce, BigDecimal.ONE.negate());
    var added = change.values().stream().filter(delta -> delta.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    var taken = change.values().stream().filter(delta -> delta.signum() < 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    return added.max(taken.negate());
  }

  private static void add(Map<List<String>, BigDecimal> change, WorkPlanVersion version, BigDecimal sign) {
    for (var activity : version.activities()) {
      for (var line : activity.lines()) {
        change.merge(List.of(activity.title(), line.clauseCode()), line.counted().multiply(sign), BigDecimal::add);
      }
    }
  }

  /** Who reviews the amendment after the strategy unit, and why: the money it moves. */
  record Path(String name, BigDecimal moneyMoved, boolean needsFinance, boolean needsCeo) {
  }
}
