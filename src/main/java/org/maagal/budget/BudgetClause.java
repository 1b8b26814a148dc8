package org.maagal.budget;

import java.math.BigDecimal;

/** A clause of the cycle's budget book: its code, name, department, type, funding source and amount in ILS. */
public record BudgetClause(String code, String name, String departmentId, BudgetType type, FundingSource source,
    BigDecimal amount) {
}
