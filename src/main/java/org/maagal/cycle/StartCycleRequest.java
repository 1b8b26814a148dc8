package org.maagal.cycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/cycles}. */
record StartCycleRequest(
    @NotNull(message = "חסרה שנת המעגל (year)")
    @Min(value = CycleService.FIRST_YEAR, message = "שנת המעגל חייבת להיות בין 2000 ל-2100")
    @Max(value = CycleService.LAST_YEAR, message = "שנת המעגל חייבת להיות בין 2000 ל-2100")
    Integer year) {
}
