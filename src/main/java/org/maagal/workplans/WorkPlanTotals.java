package org.maagal.workplans;

import java.math.BigDecimal;
import java.util.List;

/**
 * The money of a cycle's plans as the book of work plans sums it, for the plans the caller may read: by
 * domain (an activity under the domain of its first target, "ללא יעד" when it serves none) and by funding
 * source. Counts every line that was not cut.
 */
public record WorkPlanTotals(int year, List<Total> byDomain, List<Total> bySource, BigDecimal total) {

  /** A sum under a name: a domain, a funding source. */
  public record Total(String name, BigDecimal amount) {
  }
}
