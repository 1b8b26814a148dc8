package org.maagal.goals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A version of a cycle's goal tree as the API shows it: domains → goals → targets → indicators. */
public record GoalTreeView(int year, int version, VersionStatus status, String source, Instant createdAt,
    String createdBy, Instant approvedAt, String approvedBy, String vision, List<DomainView> domains) {

  public record DomainView(String id, String name, List<GoalView> goals) {
  }

  public record GoalView(String title, List<TargetView> targets) {
  }

  public record TargetView(String title, List<IndicatorView> indicators) {
  }

  /** An indicator of a target; {@code ceoIndicator} when the CEO follows it (מדד מנכ"ל). */
  public record IndicatorView(String name, String unit, Direction direction, Measure baseline, Measure target,
      String ownerDepartmentId, String ownerDepartmentName, String dataSource, boolean ceoIndicator) {
  }

  /** A value in a year, e.g. 528 members in 2025. */
  public record Measure(BigDecimal value, Integer year) {
  }

  /** A version in the list of a cycle's versions. */
  public record VersionSummary(int version, VersionStatus status, String source, Instant createdAt, String createdBy,
      Instant approvedAt, String approvedBy, int lines) {
  }
}
