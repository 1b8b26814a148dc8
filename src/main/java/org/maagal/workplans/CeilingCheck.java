package org.maagal.workplans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maagal.budget.BudgetBook;
import org.springframework.stereotype.Component;

/**
 * Where a version's money exceeds what the budget book gives the department: its total ceiling, the
 * ceiling of a funding source, or the amount of a clause. Cut lines count for nothing.
 */
@Component
class CeilingCheck {

  enum Scope { TOTAL, SOURCE, CLAUSE }

  /** The plan asks for {@code planned} where the book gives {@code ceiling}; {@code key} names the source or clause. */
  record Overrun(Scope scope, String key, String label, BigDecimal planned, BigDecimal ceiling) {

    BigDecimal excess() {
      return planned.subtract(ceiling);
    }

    String message() {
      var what = switch (scope) {
        case TOTAL -> "תקרת התקציב של המחלקה";
        case SOURCE -> "תקרת מקור המימון '" + label + "'";
        case CLAUSE -> "סכום הסעיף " + key + " ('" + label + "') בספר התקציב";
      };
      return what + " היא " + Shekels.format(ceiling) + " והתכנית מבקשת " + Shekels.format(planned) + ": חריגה של "
          + Shekels.format(excess());
    }
  }

  private final BudgetBook budget;

  CeilingCheck(BudgetBook budget) {
    this.budget = budget;
  }

  List<Overrun> overruns(WorkPlanVersion version, PlanBudget book) {
    var ceilings = book.ceilings();
    var lines = version.activities().stream().flatMap(activity -> activity.lines().stream()).toList();
    var overruns = new ArrayList<Overrun>();
    var total = lines.stream().map(BudgetLine::counted).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(ceilings.total()) > 0) {
      overruns.add(new Overrun(Scope.TOTAL, "", "", total, ceilings.total()));
    }
    var bySource = new LinkedHashMap<String, BigDecimal>();
    var byClause = new LinkedHashMap<String, BigDecimal>();
    var clauseNames = new LinkedHashMap<String, String>();
    for (BudgetLine line : lines) {
      bySource.merge(line.source().label(), line.counted(), BigDecimal::add);
      byClause.merge(line.clauseCode(), line.counted(), BigDecimal::add);
      clauseNames.putIfAbsent(line.clauseCode(), line.clauseName());
    }
    for (Map.Entry<String, BigDecimal> source : bySource.entrySet()) {
      var ceiling = ceilings.bySource().getOrDefault(source.getKey(), BigDecimal.ZERO);
      if (source.getValue().compareTo(ceiling) > 0) {
        overruns.add(new Overrun(Scope.SOURCE, source.getKey(), source.getKey(), source.getValue(), ceiling));
      }
    }
    for (Map.Entry<String, BigDecimal> clause : byClause.entrySet()) {
      var found = book.clause(clause.getKey());
      if (found.isPresent() && clause.getValue().compareTo(found.get().amount()) > 0) {
        overruns.add(new Overrun(Scope.CLAUSE, clause.getKey(), clauseNames.get(clause.getKey()), clause.getValue(),
            found.get().amount()));
      }
    }
    return overruns;
  }

  /** The overruns that a line takes part in: the total, its source, its clause. */
  List<Overrun> overrunsWith(WorkPlanVersion version, BudgetLine line) {
    return overruns(version, PlanBudget.of(budget, version.cycleYear(), version.departmentId())).stream().filter(overrun -> switch (overrun.scope()) {
      case TOTAL -> true;
      case SOURCE -> overrun.key().equals(line.source().label());
      case CLAUSE -> overrun.key().equals(line.clauseCode());
    }).toList();
  }
}
