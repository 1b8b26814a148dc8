package org.maagal.workplans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.maagal.goals.ApprovedTarget;

/**
 * What changed from one version of a plan to another. An activity is known by its title and a budget
 * line by its activity and clause, so a renamed activity shows as removed and added.
 */
public record WorkPlanDiff(int from, int to, List<Change> changes) {

  public enum Kind { ADDED, REMOVED, CHANGED }

  /** One change: what (in Hebrew), and its value before and after (blank for an addition or a removal). */
  public record Change(Kind kind, String subject, String before, String after) {
  }

  static WorkPlanDiff between(WorkPlanVersion from, WorkPlanVersion to, Map<Long, ApprovedTarget> targets) {
    var changes = new ArrayList<Change>();
    var old = byTitle(from);
    var now = byTitle(to);
    old.forEach((title, activity) -> {
      if (!now.containsKey(title)) {
        changes.add(new Change(Kind.REMOVED, "פעילות '" + title + "'", describe(activity), null));
      }
    });
    now.forEach((title, activity) -> {
      var before = old.get(title);
      if (before == null) {
        changes.add(new Change(Kind.ADDED, "פעילות '" + title + "'", null, describe(activity)));
      } else {
        compareActivity(title, before, activity, targets, changes);
      }
    });
    return new WorkPlanDiff(from.number(), to.number(), changes);
  }

  private static void compareActivity(String title, Activity before, Activity after, Map<Long, ApprovedTarget> targets,
      List<Change> changes) {
    String subject = "פעילות '" + title + "': ";
    field(changes, subject + "אחראי", before.owner(), after.owner());
    field(changes, subject + "התחלה", Objects.toString(before.start(), null), Objects.toString(after.start(), null));
    field(changes, subject + "סיום", Objects.toString(before.end(), null), Objects.toString(after.end(), null));
    for (int quarter = 0; quarter < ActivityInput.QUARTERS; quarter++) {
      field(changes, subject + "אבן דרך ברבעון " + (quarter + 1), before.milestones().get(quarter),
          after.milestones().get(quarter));
    }
    field(changes, subject + "מדד תפוקה", before.outputMeasure(), after.outputMeasure());
    field(changes, subject + "יעדים", targetNames(before, targets), targetNames(after, targets));
    var oldLines = byClause(before);
    var newLines = byClause(after);
    oldLines.forEach((clause, line) -> {
      if (!newLines.containsKey(clause)) {
        changes.add(new Change(Kind.REMOVED, subject + "סעיף " + clause + " ('" + line.clauseName() + "')",
            Shekels.format(line.amount()), null));
      }
    });
    newLines.forEach((clause, line) -> {
      var old = oldLines.get(clause);
      String lineSubject = subject + "סעיף " + clause + " ('" + line.clauseName() + "')";
      if (old == null) {
        changes.add(new Change(Kind.ADDED, lineSubject, null, Shekels.format(line.amount())));
      } else {
        if (old.amount().compareTo(line.amount()) != 0) {
          changes.add(new Change(Kind.CHANGED, lineSubject + " — סכום", Shekels.format(old.amount()),
              Shekels.format(line.amount())));
        }
        field(changes, lineSubject + " — סטטוס", old.status().hebrewName(), line.status().hebrewName());
      }
    });
  }

  private static void field(List<Change> changes, String subject, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new Change(Kind.CHANGED, subject, before, after));
    }
  }

  private static String targetNames(Activity activity, Map<Long, ApprovedTarget> targets) {
    return activity.targetIds().stream().map(id -> targets.containsKey(id) ? targets.get(id).target() : "#" + id)
        .sorted().reduce((a, b) -> a + "; " + b).orElse(null);
  }

  private static String describe(Activity activity) {
    return activity.lines().size() + " שורות תקציב, " + Shekels.format(activity.total());
  }

  private static Map<String, Activity> byTitle(WorkPlanVersion version) {
    var map = new LinkedHashMap<String, Activity>();
    version.activities().forEach(activity -> map.putIfAbsent(activity.title(), activity));
    return map;
  }

  /** An activity's money from one clause: two lines of one clause are compared as their sum. */
  private record ClauseSum(String clauseName, BigDecimal amount, LineStatus status) {
  }

  private static Map<String, ClauseSum> byClause(Activity activity) {
    var map = new LinkedHashMap<String, ClauseSum>();
    for (BudgetLine line : activity.lines()) {
      map.merge(line.clauseCode(), new ClauseSum(line.clauseName(), line.amount(), line.status()),
          (a, b) -> new ClauseSum(a.clauseName(), a.amount().add(b.amount()), a.status()));
    }
    return map;
  }
}
