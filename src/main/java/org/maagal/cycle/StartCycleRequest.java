package org.maagal.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/cycles}. */
record StartCycleRequest(
    @NotNull(message = "חסרה שנת המעגל (year)")
    @Min(value = CycleYearRange.FIRST, message = "שנת המעגל חייבת להיות " + CycleYearRange.BETWEEN)
    @Max(value = CycleYearRange.LAST, message = "שנת המעגל חייבת להיות " + CycleYearRange.BETWEEN)
    Integer year) {
}
