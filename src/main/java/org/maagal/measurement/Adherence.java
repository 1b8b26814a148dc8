package org.maagal.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;

/**
 * Adherence to the work plan and budget execution at a round, of one department or of the whole city.
 * An activity is on time when it is done, or in progress and its end date has not passed at the round's
 * day; delayed and cancelled activities are not. {@code budgetOnTimePercent} weighs each activity by the
 * budget of its lines; {@code executionPercent} is the actual spending of the planned. A percentage is
 * null when there is nothing to divide by (no activities, no budget).
 */
public record Adherence(int activities, int onTime, BigDecimal onTimePercent, BigDecimal planned,
    BigDecimal plannedOnTime, BigDecimal budgetOnTimePercent, BigDecimal spent, BigDecimal executionPercent) {

  /**
   * Counts the activities and lines of one or more reports together: city-wide every activity and every
   * shekel weighs the same, so a department with many activities weighs more than one with few.
   */
  static Adherence of(LocalDate measuredAt, Collection<ActivityReport> activities, Collection<LineSpending> lines) {
    var budgetOf = new HashMap<Long, BigDecimal>();
    var planned = BigDecimal.ZERO;
    var spent = BigDecimal.ZERO;
    for (LineSpending line : lines) {
      budgetOf.merge(line.activityId(), line.planned(), BigDecimal::add);
      planned = planned.add(line.planned());
      spent = spent.add(line.actual());
    }
    int onTime = 0;
    var plannedOnTime = BigDecimal.ZERO;
    for (ActivityReport activity : activities) {
      if (onTime(activity, measuredAt)) {
        onTime++;
        plannedOnTime = plannedOnTime.add(budgetOf.getOrDefault(activity.activityId(), BigDecimal.ZERO));
      }
    }
    return new Adherence(activities.size(), onTime, percent(BigDecimal.valueOf(onTime),
        BigDecimal.valueOf(activities.size())), planned, plannedOnTime, percent(plannedOnTime, planned), spent,
        percent(spent, planned));
  }

  static boolean onTime(ActivityReport activity, LocalDate measuredAt) {
    return switch (activity.status()) {
      case DONE -> true;
      case IN_PROGRESS -> activity.end() == null || !activity.end().isBefore(measuredAt);
      case DELAYED, CANCELLED -> false;
    };
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return null;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
  }
}
