package org.maagal.budget;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A department's ceilings in a cycle: the sum of its clauses in total, and per funding source
 * (keyed by {@link FundingSource#label()}).
 */
public record Ceilings(BigDecimal total, Map<String, BigDecimal> bySource) {
}
