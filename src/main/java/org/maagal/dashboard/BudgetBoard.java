package org.maagal.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.measurement.Adherence;
import org.maagal.review.ResultsService;
import org.maagal.review.ResultsView;
import org.maagal.workplans.WorkPlanBookService;
import org.maagal.workplans.WorkPlanLinkage;
import org.maagal.workplans.WorkPlanService;
import org.maagal.workplans.WorkPlanTotals;
import org.springframework.stereotype.Service;

/**
 * Where the money goes: the plans' totals by department (against the ceiling), by domain and by funding source,
 * the money linked to each target, and each department's budget execution at the latest round measured. The plans
 * are those {@code workplans} lets the caller read (finance: every plan); the execution comes from the results,
 * as far as {@code review} lets the caller read them, so finance may see every plan and only part of the execution.
 */
@Service
class BudgetBoard {

  private final WorkPlanService plans;
  private final WorkPlanBookService book;
  private final ResultsService results;
  private final ObjectMapper json;

  BudgetBoard(WorkPlanService plans, WorkPlanBookService book, ResultsService results, ObjectMapper json) {
    this.plans = plans;
    this.book = book;
    this.results = results;
    this.json = json;
  }

  /** A department's plan and its execution; the execution fields are null until a report counts. */
  /** {@code amendment}: 0, or the amendment the plan's newest version is, first approved at {@code firstApproved}. */
  record DepartmentBudget(String departmentId, String name, String planStatus, BigDecimal total, BigDecimal ceiling,
      BigDecimal planned, BigDecimal spent, BigDecimal executionPercent, int amendment, BigDecimal firstApproved) {
  }

  /** {@code executionPartial}: the page shows more departments' plans than the caller reads results of. */
  record Budget(List<DepartmentBudget> departments, WorkPlanTotals totals, WorkPlanLinkage linkage,
      Adherence city, String roundName, boolean executionPartial, String bySourceChart, String byDomainChart) {
  }

  Budget of(int year, DashboardAccess access) {
    var caller = access.caller();
    Optional<ResultsView> measured = results.readable(year, caller);
    var execution = new HashMap<String, Adherence>();
    measured.ifPresent(view -> view.departments()
        .forEach(department -> execution.put(department.departmentId(), department.adherence())));
    var cityWide = measured.filter(view -> view.departmentId() == null);
    var departments = plans.plans(year, caller).stream().map(plan -> {
      var adherence = Optional.ofNullable(execution.get(plan.departmentId()));
      return new DepartmentBudget(plan.departmentId(), plan.departmentName(), plan.statusName(), plan.total(),
          plan.ceiling(), adherence.map(Adherence::planned).orElse(null), adherence.map(Adherence::spent).orElse(null),
          adherence.map(Adherence::executionPercent).orElse(null), plan.amendment(), plan.firstApprovedTotal());
    }).toList();
    var totals = book.totals(year, caller);
    return new Budget(departments, totals, book.linkage(year, Optional.empty(), caller),
        cityWide.map(ResultsView::cityAdherence).orElse(null), measured.map(ResultsView::roundName).orElse(null),
        !access.ownOnly() && cityWide.isEmpty(), pie(totals.bySource()), pie(totals.byDomain()));
  }

  /** A chart's data: the names and amounts, as the chart script reads them. */
  private String pie(List<WorkPlanTotals.Total> totals) {
    try {
      return json.writeValueAsString(totals.stream()
          .map(total -> Map.of("name", total.name(), "value", total.amount())).toList());
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
