package org.maagal.workplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A department's approved work plan as the features that measure it read it: its activities with their
 * end dates and targets, and the budget lines that were not cut, each with the amount approved.
 */
public record ApprovedPlan(int year, String departmentId, int version, List<PlannedActivity> activities) {

  public record PlannedActivity(long id, String title, LocalDate end, List<Long> targetIds, List<PlannedLine> lines) {
  }

  public record PlannedLine(long id, String clauseCode, String clauseName, BigDecimal amount) {
  }

  static ApprovedPlan of(WorkPlanVersion version) {
    return new ApprovedPlan(version.cycleYear(), version.departmentId(), version.number(),
        version.activities().stream().map(activity -> new PlannedActivity(activity.id(), activity.title(),
            activity.end(), List.copyOf(activity.targetIds()), activity.lines().stream()
                .filter(line -> line.status() != LineStatus.CUT)
                .map(line -> new PlannedLine(line.id(), line.clauseCode(), line.clauseName(), line.amount()))
                .toList())).toList());
  }
}
