package org.maagal.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a publication freezes: the one part it publishes (the others null), written as JSON into its row when the
 * strategy unit proposes it, so that the committee approves what the public will read and later edits change
 * nothing of it. Only what the public site shows: no comment, explanation, note, activity or person.
 */
record Snapshot(Goals goals, Money money, Results results) {

  /** The approved goal tree: the vision, then domains, goals, targets and their indicators. */
  record Goals(String municipality, String vision, List<Domain> domains) {
  }

  record Domain(String id, String name, List<Goal> goals) {
  }

  record Goal(String title, List<Target> targets) {
  }

  /** {@code id}: the target's id in the approved tree, by which money and results name it. */
  record Target(long id, String title, List<Indicator> indicators) {
  }

  /** An indicator with its department (a unit, never a person), baseline and target. */
  record Indicator(String name, String unit, String department, BigDecimal baseline, Integer baselineYear,
      BigDecimal target, Integer targetYear, boolean ceoIndicator) {
  }

  /** The approved plans' money. */
  record Money(BigDecimal total, List<Sum> bySource, List<Sum> byDomain, List<TargetSum> targets) {
  }

  record Sum(String name, BigDecimal amount) {
  }

  record TargetSum(long targetId, BigDecimal amount, List<Sum> bySource) {
  }

  /** The latest round's values and statuses, and the gaps the steering committee carried into next year. */
  record Results(String round, LocalDate measuredAt, int green, int amber, int red, int none,
      List<Measured> indicators, List<Carried> carried) {
  }

  /** {@code status}: green, amber, red or none. */
  record Measured(long targetId, String indicator, BigDecimal actual, String status) {
  }

  /** {@code kind}: red-target, low-adherence or other (the site words it in the reader's language). */
  record Carried(String department, String indicator, String title, String kind) {
  }
}
