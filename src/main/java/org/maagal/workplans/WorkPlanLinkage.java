package org.maagal.workplans;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the plans link money to goals: per target of the approved tree the activities behind it and their
 * money (an activity serving several targets counts under each), totals per funding source, the targets
 * no activity serves and the activities that serve no target; the same per emphasis of the CEO (the city's view
 * lists every emphasis, a department's the ones its activities serve). Counts every line that was not cut.
 */
public record WorkPlanLinkage(int year, List<TargetLink> targets, List<SourceTotal> bySource, BigDecimal total,
    List<TargetLink> targetsWithoutActivity, List<ActivityRef> activitiesWithoutTarget, List<EmphasisLink> emphases,
    List<EmphasisLink> emphasesWithoutActivity) {

  public record EmphasisLink(int number, String text, List<ActivityRef> activities, BigDecimal amount) {
  }

  public record TargetLink(long targetId, String domain, String goal, String target, List<String> ownerDepartmentIds,
      List<ActivityRef> activities, BigDecimal amount) {
  }

  public record ActivityRef(String departmentId, String departmentName, long activityId, String title,
      BigDecimal amount) {
  }

  public record SourceTotal(String source, BigDecimal amount) {
  }
}
