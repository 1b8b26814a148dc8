package org.maagal.demo;

import java.util.List;
import java.util.Map;
import org.maagal.workplans.BudgetLineInput;
import org.maagal.workplans.PlanAmendments;
import org.maagal.workplans.WorkPlanService;
import org.springframework.stereotype.Component;

/**
 * The demo year's amendment, after the mid-year control: the youth department cancels its second activity and moves
 * its money to the first, by an amendment that the strategy unit, finance and (above the threshold) the CEO approve.
 */
@Component
class DemoAmendment {

  static final String DEPARTMENT = "youth";

  private final DemoPeople people;
  private final WorkPlanService plans;
  private final PlanAmendments amendments;

  DemoAmendment(DemoPeople people, WorkPlanService plans, PlanAmendments amendments) {
    this.people = people;
    this.plans = plans;
    this.amendments = amendments;
  }

  void amendMidYear(int year, String manager) {
    var caller = people.caller(manager);
    var plan = plans.plan(year, DEPARTMENT, caller);
    if (plan.amendment() > 0 || plan.activities().size() < 2) {
      return;
    }
    var draft = amendments.open(year, DEPARTMENT, "בעקבות בקרת אמצע השנה: הפעילות השנייה בוטלה, וכספה עבר לפעילות"
        + " הראשונה שבה נמצא הפער הגדול", caller);
    var kept = draft.activities().get(0);
    var cancelled = draft.activities().get(1);
    plans.removeActivity(year, DEPARTMENT, cancelled.id(), caller);
    for (var line : cancelled.lines()) {
      plans.addLine(year, DEPARTMENT, kept.id(), new BudgetLineInput(line.clauseCode(), line.amount().toPlainString()),
          caller);
    }
    people.completeAll(year, "draftWorkPlan", task -> Map.of("planReady", true));
    for (String reviewStep : List.of("reviewAlignment", "reviewBudget", "approveWorkPlan")) {
      people.completeAll(year, reviewStep, task -> Map.of("workPlanDecision", "approve"));
    }
  }
}
