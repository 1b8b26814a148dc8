package org.maagal.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.maagal.goals.Direction;
import org.maagal.goals.GoalTreeView.Measure;
import org.maagal.measurement.Adherence;
import org.maagal.measurement.Round;

/**
 * A cycle's results as {@code GET /api/cycles/{year}/results} and the measurement booklet show them: the
 * approved goal tree with each indicator's values and status at the latest round measured, each
 * department's adherence and budget execution, the review's gaps and its lessons. A department manager's
 * view holds only their department's indicators, adherence and gaps ({@code departmentId} set); the
 * strategy unit's and the management's hold the whole city ({@code departmentId} null).
 *
 * <p>{@code round} is the latest round with a report handed in (annual over semi-annual), null when no
 * department has reported yet; {@code measuredAt} is its day.
 */
public record ResultsView(int year, String departmentId, String departmentName, Round round, String roundName,
    LocalDate measuredAt, StatusCount count, List<DomainResults> domains, List<DepartmentResults> departments,
    Adherence cityAdherence, List<GapView> gaps, Lessons lessons) {

  /** How many indicators are at each status. */
  public record StatusCount(int green, int amber, int red, int none) {
  }

  public record DomainResults(String domainId, String domainName, StatusCount count, List<GoalResults> goals) {
  }

  public record GoalResults(String goal, List<TargetResults> targets) {
  }

  /** {@code targetId}: the id work plans and reports link the target by (the first line of the approved tree). */
  public record TargetResults(long targetId, String target, List<IndicatorResult> indicators) {
  }

  /**
   * An indicator of the approved tree: {@code semiAnnual} and {@code annual} as the owner department reported
   * them (the newest version of each round's report; null when not reported), {@code actual} the latest of the
   * two; {@code status} "green", "amber", "red" or "none" with its Hebrew {@code statusName}; {@code
   * ceoIndicator}: one of the indicators the CEO follows (מדדי מנכ"ל).
   */
  public record IndicatorResult(String indicator, String unit, Direction direction, String ownerDepartmentId,
      String ownerDepartmentName, boolean ceoIndicator, Measure baseline, Measure target, BigDecimal semiAnnual,
      BigDecimal annual, BigDecimal actual, String status, String statusName, BigDecimal progressRatio,
      String note) {
  }

  /** A department's reports and what they make: the status of its indicators, adherence and execution. */
  public record DepartmentResults(String departmentId, String departmentName, String semiAnnualStatus,
      String annualStatus, StatusCount count, Adherence adherence) {
  }

  /**
   * A significant gap of the review: {@code source} "rule" (a red target, adherence below the threshold) or
   * "strategy-unit"; its department's explanation and proposed treatment; {@code carried} the steering
   * committee's decision to carry it into next year (null until it decides).
   */
  public record GapView(long id, String departmentId, String departmentName, String source, String kind,
      String kindName, Long targetId, String indicator, String title, String detail, String explanation,
      String treatment, String explainedBy, Instant explainedAt, Boolean carried, String decidedBy,
      Instant decidedAt) {
  }

  /** The strategy unit's lessons and successes of the year; null fields until recorded. */
  public record Lessons(String lessons, String successes, String recordedBy, Instant recordedAt) {
  }
}
