package org.maagal.measurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.maagal.goals.Direction;
import org.maagal.goals.GoalTreeView.Measure;
import org.maagal.reviewing.ReviewStatus;

/**
 * A version of a department's report of a round as the API shows it: each indicator with its baseline,
 * target and the value last reported before this round; each activity's status; each line's spending;
 * and the adherence they make. {@code editable}: the caller may fill this draft.
 */
public record ReportView(int year, String departmentId, String departmentName, Round round, String roundName,
    int version, ReviewStatus status, String statusName, boolean editable, Instant createdAt, String createdBy,
    Instant submittedAt, String submittedBy, Instant reviewedAt, String reviewedBy, String reviewComments,
    List<IndicatorLine> indicators, List<ActivityLine> activities, List<SpendingLine> spending, Adherence adherence) {

  /**
   * {@code position}: the indicator's 1-based place in the report, the same in every version, which names it
   * in the API's paths ({@code id} is this version's row). {@code baseline}, {@code target}, {@code direction}:
   * as the approved tree has them, null when it lost them.
   */
  public record IndicatorLine(long id, int position, String indicator, long targetId, String target, String unit,
      Direction direction, Measure baseline, Measure targetValue, LastValue lastValue, BigDecimal actual,
      String note) {
  }

  /** The value reported for the indicator in the department's latest earlier round that was submitted. */
  public record LastValue(BigDecimal value, int year, Round round) {
  }

  /** {@code activityId}: the work plan's activity, the same in every version, which names it in the API's paths. */
  public record ActivityLine(long id, long activityId, String title, LocalDate end, ActivityStatus status,
      String statusName, String reason) {
  }

  /** {@code lineId}: the work plan's budget line, the same in every version, which names it in the API's paths. */
  public record SpendingLine(long id, long lineId, long activityId, String clauseCode, String clauseName,
      BigDecimal planned, BigDecimal actual) {
  }

  /** A report in the list of a cycle's reports. */
  public record Summary(int year, String departmentId, String departmentName, Round round, String roundName,
      int version, ReviewStatus status, String statusName) {
  }

  /** A version in the list of a report's versions. */
  public record VersionSummary(int version, ReviewStatus status, String statusName, Instant createdAt,
      String createdBy, Instant submittedAt, String submittedBy, Instant reviewedAt, String reviewedBy,
      String reviewComments) {
  }
}
