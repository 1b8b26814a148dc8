package org.maagal.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The cycle's budget book as other features read it: its clauses and each department's ceilings. */
@Service
public class BudgetBook {

  /** The clause of the cycle's current budget book with this code (codes are compared as written, trimmed). */
  public Optional<BudgetClause> clause(int year, String code) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The department's clauses in the cycle's current budget book, by code. */
  public List<BudgetClause> clausesOf(int year, String departmentId) {
    throw new UnsupportedOperationException("not yet");
  }

  /** The department's ceilings: the sum of its clauses, in total and per funding source. */
  public Ceilings ceilingsOf(int year, String departmentId) {
    throw new UnsupportedOperationException("not yet");
  }
}
