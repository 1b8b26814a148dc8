package org.maagal.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.maagal.spreadsheets.SheetSummary;

/**
 * A cycle's budget book as the API shows it: the version, where it came from, and per department
 * its ceilings and clauses (departments in the organisation's order, clauses by code).
 */
record BudgetBookView(int year, int version, String source, Instant createdAt, String createdBy, int clauses,
    BigDecimal total, List<DepartmentBudget> departments) {

  /** One department's part of the book. */
  record DepartmentBudget(String departmentId, String departmentName, Ceilings ceilings, List<ClauseView> clauses) {
  }

  /** A clause with its type and funding source named in Hebrew too. */
  record ClauseView(String code, String name, BudgetType type, String typeName, FundingKind fundingKind,
      String funder, String source, BigDecimal amount) {

    static ClauseView of(BudgetClause clause) {
      return new ClauseView(clause.code(), clause.name(), clause.type(), clause.type().hebrewName(),
          clause.source().kind(), clause.source().funder(), clause.source().label(), clause.amount());
    }
  }

  /**
   * What an import stored, or with {@code dryRun} would store: the version it became (or would
   * become), its size and total, the notices of the file, what became of each of its sheets, and the book per
   * department.
   */
  record ImportedBook(int year, int version, boolean dryRun, String source, int clauses, BigDecimal total,
      List<String> notices, List<SheetSummary> sheets, List<DepartmentBudget> departments) {
  }
}
