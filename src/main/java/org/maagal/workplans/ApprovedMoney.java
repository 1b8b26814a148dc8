package org.maagal.workplans;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money of the plans in force once approved (each department's newest approved version; a plan never approved
 * counts nothing): by funding source, by domain (an activity under the domain of its first target, as the book sums
 * it) and per target of the approved tree (an activity serving several targets counts under each). Only sums and
 * the names of sources and domains: no activity, no person. What the public site shows of a year's money.
 */
public record ApprovedMoney(int year, BigDecimal total, List<WorkPlanTotals.Total> bySource,
    List<WorkPlanTotals.Total> byDomain, List<TargetMoney> targets) {

  /** One target's money, by funding source. */
  public record TargetMoney(long targetId, BigDecimal amount, List<WorkPlanTotals.Total> bySource) {
  }

  public boolean isEmpty() {
    return total.signum() == 0 && targets.isEmpty();
  }
}
