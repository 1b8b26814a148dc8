package org.maagal.workplans;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.variable.Variables;
import org.maagal.decisions.DeployedDecisions;
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
  private final CeilingCheck ceilings;

  WorkPlanChecks(DeployedDecisions decisions, CeilingCheck ceilings) {
    this.decisions = decisions;
    this.ceilings = ceilings;
  }

  /**
   * What the checks find in the version now, its department's budget and the approved targets read by the caller,
   * the CEO's emphases of the year and those that some activity of the city's newest plans serves.
   */
  List<WorkPlanView.Finding> findings(WorkPlanVersion version, PlanBudget book, Set<Long> approvedTargets,
      List<String> emphases, Set<Integer> servedInTheCity) {
    var activities = version.activities();
    var withoutTarget = activities.stream().filter(activity -> activity.targetIds().isEmpty())
        .map(Activity::title).toList();
    var unknownTarget = activities.stream()
        .filter(activity -> !approvedTargets.containsAll(activity.targetIds())).map(Activity::title).toList();
    var unknownClauses = activities.stream().flatMap(activity -> activity.lines().stream()
            .filter(line -> book.clause(line.clauseCode()).isEmpty())
            .map(line -> line.clauseCode() + " ('" + line.clauseName() + "', בפעילות '" + activity.title() + "')"))
        .toList();
    var overruns = ceilings.overruns(version, book);
    var unknownEmphasis = activities.stream()
        .filter(activity -> activity.emphases().stream().anyMatch(number -> number < 1 || number > emphases.size()))
        .map(Activity::title).toList();
    var unserved = new ArrayList<String>();
    for (int number = 1; number <= emphases.size(); number++) {
      if (!servedInTheCity.contains(number)) {
        unserved.add(number + ". " + emphases.get(number - 1));
      }
    }

    var result = decisions.evaluate(DECISION, Variables.createVariables()
        .putValue("activities", activities.size())
        .putValue("activitiesWithoutTarget", withoutTarget.size())
        .putValue("activitiesWithUnknownTarget", unknownTarget.size())
        .putValue("linesWithUnknownClause", unknownClauses.size())
        .putValue("overruns", overruns.size())
        .putValue("activitiesWithUnknownEmphasis", unknownEmphasis.size())
        .putValue("emphasesUnserved", unserved.size()));

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
        case "unknown-emphasis" -> "פעילויות המסומנות כמשרתות דגש שאינו ברשימת הדגשים הניהוליים של השנה: "
            + quoted(unknownEmphasis);
        case "unserved-emphasis" -> "דגשים ניהוליים שאף פעילות בתכניות העבודה של העיר אינה משרתת עדיין: "
            + String.join("; ", unserved);
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
