package org.maagal.workplans;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.maagal.budget.BudgetBook;
import org.maagal.budget.BudgetClause;
import org.maagal.budget.Ceilings;

/**
 * What the budget book gives one department in a cycle, read once for everything a plan is checked
 * against: its clauses by code and the ceilings they make.
 */
record PlanBudget(int year, Ceilings ceilings, Map<String, BudgetClause> clauses, BudgetBook book) {

  static PlanBudget of(BudgetBook book, int year, String departmentId) {
    var clauses = book.clausesOf(year, departmentId);
    var byCode = new LinkedHashMap<String, BudgetClause>();
    clauses.forEach(clause -> byCode.put(clause.code(), clause));
    return new PlanBudget(year, BudgetBook.ceilings(clauses), byCode, book);
  }

  /** The clause, from the department's own; a plan's line on a clause the book moved elsewhere is looked up. */
  Optional<BudgetClause> clause(String code) {
    var own = clauses.get(code);
    return own != null ? Optional.of(own) : book.clause(year, code);
  }
}
