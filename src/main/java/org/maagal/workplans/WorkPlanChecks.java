package org.maagal.workplans;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.Variables;
import org.maagal.budget.BudgetBook;
import org.maagal.decisions.DeployedDecisions;
import org.maagal.goals.ApprovedTarget;
import org.maagal.goals.GoalTreeService;
import org.springframework.stereotype.Component;

/**
 * The automatic checks of a submitted work plan. Java counts the facts — activities without a target,
 * lines whose clause the budget book lacks, sums over a ceiling — and the decision table
 * {@code work-plan-checks} decides which of them are findings and which block the plan, so the strategy
 * unit can read and change the rules without a developer. Each finding's message names the lines.
 */
@Component
class WorkPlanChecks {

  static final String DECISION = "work-plan-checks";

  private final DeployedDecisions decisions;
  private final GoalTreeService goals;
  private final BudgetBook budget;
  private final CeilingCheck ceilings;

  WorkPlanChecks(DeployedDecisions decisions, GoalTreeService goals, BudgetBook budget, CeilingCheck ceilings) {
    this.decisions = decisions;
    this.goals = goals;
    this.budget = budget;
    this.ceilings = ceilings;
  }

  List<WorkPlanView.Finding> findings(WorkPlanVersion version) {
    Set<Long> approvedTargets = goals.approvedTargets(version.cycleYear()).stream().map(ApprovedTarget::id)
        .collect(Collectors.toSet());
    var activities = version.activities();
    var withoutTarget = activities.stream().filter(activity -> activity.targetIds().isEmpty())
        .map(Activity::title).toList();
    var unknownTarget = activities.stream()
        .filter(activity -> !approvedTargets.containsAll(activity.targetIds())).map(Activity::title).toList();
    var unknownClauses = activities.stream().flatMap(activity -> activity.lines().stream()
            .filter(line -> budget.clause(version.cycleYear(), line.clauseCode()).isEmpty())
            .map(line -> line.clauseCode() + " ('" + line.clauseName() + "', בפעילות '" + activity.title() + "')"))
        .toList();
    var overruns = ceilings.overruns(version);

    var result = decisions.evaluate(DECISION, Variables.createVariables()
        .putValue("activities", activities.size())
        .putValue("activitiesWithoutTarget", withoutTarget.size())
        .putValue("activitiesWithUnknownTarget", unknownTarget.size())
        .putValue("linesWithUnknownClause", unknownClauses.size())
        .putValue("overruns", overruns.size()));

    var findings = new ArrayList<WorkPlanView.Finding>();
    for (var rule : result) {
      String code = rule.getEntry("finding");
      boolean blocking = Boolean.TRUE.equals(rule.getEntry("blocking"));
      String message = switch (code) {
        case "no-activities" -> "בתכנית אין אף פעילות";
        case "activity-without-target" -> "פעילויות שאינן מקושרות ליעד מעץ המטרות המאושר: " + quoted(withoutTarget);
        case "unknown-target" -> "פעילויות המקושרות ליעד שאינו בעץ המטרות המאושר: " + quoted(unknownTarget);
        case "unknown-clause" -> "שורות תקציב בסעיף שאינו בספר התקציב: " + String.join("; ", unknownClauses);
        case "over-ceiling" -> overruns.stream().map(CeilingCheck.Overrun::message).collect(Collectors.joining("; "));
        default -> code;
      };
      findings.add(new WorkPlanView.Finding(code, blocking, message));
    }
    return findings;
  }

  private static String quoted(List<String> titles) {
    return titles.stream().map(title -> "'" + title + "'").collect(Collectors.joining(", "));
  }
}
