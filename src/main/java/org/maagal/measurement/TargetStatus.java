package org.maagal.measurement;

import java.math.BigDecimal;

/**
 * A target's status at a measurement round: {@code status} is "green", "amber", "red" or "none" (no
 * actual value reported), {@code statusName} its Hebrew name for pages. {@code progressRatio} is the
 * share of the progress expected by now that was reached (1 is exactly on track), or {@code null} when
 * nothing was reported or no progress was expected.
 */
public record TargetStatus(String status, String statusName, BigDecimal progressRatio) {
}
