package org.maagal.workplans;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.organization.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every action of the work plan page, for scripts as well: read a plan, edit its draft, mark its lines. */
@RestController
@RequestMapping("/api/cycles/{year}/work-plans")
@Tag(name = "work-plans", description = "תכניות עבודה מקושרות תקציב: פעילויות, יעדים ושורות תקציב")
class WorkPlanController {

  private final WorkPlanService plans;
  private final PlanAmendments amendments;

  WorkPlanController(WorkPlanService plans, PlanAmendments amendments) {
    this.plans = plans;
    this.amendments = amendments;
  }

  @GetMapping
  @Operation(summary = "The newest version of every plan the caller may read (the strategy unit, finance and "
      + "the management all, a department its own), with its total and ceiling")
  List<WorkPlanView.Summary> plans(@PathVariable int year, Authentication user) {
    return plans.plans(year, Caller.of(user));
  }

  @GetMapping("/{departmentId}")
  @Operation(summary = "A department's plan, newest version: activities, targets, budget lines, sums against "
      + "the ceilings, what the checks find now, every review (403 for another department)")
  WorkPlanView plan(@PathVariable int year, @PathVariable String departmentId, Authentication user) {
    return plans.plan(year, departmentId, Caller.of(user));
  }

  @GetMapping("/{departmentId}/versions")
  @Operation(summary = "Every version of a department's plan, oldest first (paged)")
  PageOf<WorkPlanView.VersionSummary> versions(@PathVariable int year, @PathVariable String departmentId,
      PageQuery page, Authentication user) {
    return plans.versions(year, departmentId, Caller.of(user), page);
  }

  @GetMapping("/{departmentId}/versions/{number}")
  @Operation(summary = "One version of a department's plan as it was")
  WorkPlanView version(@PathVariable int year, @PathVariable String departmentId, @PathVariable int number,
      Authentication user) {
    return plans.version(year, departmentId, number, Caller.of(user));
  }

  @GetMapping("/{departmentId}/diff")
  @Operation(summary = "What changed between two versions of a plan: activities and budget lines added, removed "
      + "and changed", description = "Without `to` the newest version, without `from` the one before `to`.")
  WorkPlanDiff diff(@PathVariable int year, @PathVariable String departmentId, @RequestParam Optional<Integer> from,
      @RequestParam Optional<Integer> to, Authentication user) {
    return plans.diff(year, departmentId, from, to, Caller.of(user));
  }

  @PostMapping("/{departmentId}/activities")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Adds an activity to the department's draft (the department only; 409 when the plan is "
      + "not a draft); answers the plan")
  WorkPlanView addActivity(@PathVariable int year, @PathVariable String departmentId,
      @RequestBody ActivityInput activity, Authentication user) {
    return plans.addActivity(year, departmentId, activity, Caller.of(user));
  }

  @PutMapping("/{departmentId}/activities/{activityId}")
  @Operation(summary = "Changes an activity of the draft; answers the plan")
  WorkPlanView changeActivity(@PathVariable int year, @PathVariable String departmentId, @PathVariable long activityId,
      @RequestBody ActivityInput activity, Authentication user) {
    return plans.changeActivity(year, departmentId, activityId, activity, Caller.of(user));
  }

  @DeleteMapping("/{departmentId}/activities/{activityId}")
  @Operation(summary = "Removes an activity and its budget lines from the draft (earlier versions keep it)")
  WorkPlanView removeActivity(@PathVariable int year, @PathVariable String departmentId,
      @PathVariable long activityId, Authentication user) {
    return plans.removeActivity(year, departmentId, activityId, Caller.of(user));
  }

  @PostMapping("/{departmentId}/activities/{activityId}/budget-lines")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Adds a budget line to an activity of the draft: a clause of the department in the budget "
      + "book and an amount; refused (400, the line named) for an unknown clause, a negative or non-numeric amount, "
      + "or a sum over a ceiling")
  WorkPlanView addLine(@PathVariable int year, @PathVariable String departmentId, @PathVariable long activityId,
      @RequestBody BudgetLineInput line, Authentication user) {
    return plans.addLine(year, departmentId, activityId, line, Caller.of(user));
  }

  @PutMapping("/{departmentId}/budget-lines/{lineId}")
  @Operation(summary = "Changes a budget line's clause or amount in the draft, with the same checks; a line that "
      + "finance approved or cut and now asks for other money (amount, clause, type or funding source) is requested "
      + "again")
  WorkPlanView changeLine(@PathVariable int year, @PathVariable String departmentId, @PathVariable long lineId,
      @RequestBody BudgetLineInput line, Authentication user) {
    return plans.changeLine(year, departmentId, lineId, line, Caller.of(user));
  }

  @DeleteMapping("/{departmentId}/budget-lines/{lineId}")
  @Operation(summary = "Removes a budget line from the draft")
  WorkPlanView removeLine(@PathVariable int year, @PathVariable String departmentId, @PathVariable long lineId,
      Authentication user) {
    return plans.removeLine(year, departmentId, lineId, Caller.of(user));
  }

  @PutMapping("/{departmentId}/budget-lines/{lineId}/status")
  @Operation(summary = "Finance marks a line approved, cut or requested while the plan is in its budget review "
      + "(finance only; 409 at any other time)")
  WorkPlanView markLine(@PathVariable int year, @PathVariable String departmentId, @PathVariable long lineId,
      @RequestBody LineStatusChange change, Authentication user) {
    return plans.markLine(year, departmentId, lineId, change.status(), Caller.of(user));
  }

  @PostMapping("/{departmentId}/activities/{activityId}/budget-requests")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Adds an additional budget request to an activity of the draft: money beyond the budget book, "
      + "its purpose and funding source, not counted against the ceilings (the department only); answers the plan")
  WorkPlanView addRequest(@PathVariable int year, @PathVariable String departmentId, @PathVariable long activityId,
      @RequestBody BudgetRequestInput request, Authentication user) {
    return plans.addRequest(year, departmentId, activityId, request, Caller.of(user));
  }

  @PutMapping("/{departmentId}/budget-requests/{requestId}")
  @Operation(summary = "Changes an additional budget request of the draft; a request for other money is decided anew")
  WorkPlanView changeRequest(@PathVariable int year, @PathVariable String departmentId, @PathVariable long requestId,
      @RequestBody BudgetRequestInput request, Authentication user) {
    return plans.changeRequest(year, departmentId, requestId, request, Caller.of(user));
  }

  @DeleteMapping("/{departmentId}/budget-requests/{requestId}")
  @Operation(summary = "Withdraws an additional budget request from the draft (earlier versions keep it)")
  WorkPlanView removeRequest(@PathVariable int year, @PathVariable String departmentId, @PathVariable long requestId,
      Authentication user) {
    return plans.removeRequest(year, departmentId, requestId, Caller.of(user));
  }

  @PutMapping("/{departmentId}/budget-requests/{requestId}/decision")
  @Operation(summary = "Finance decides an additional budget request while the plan is in its budget review: "
      + "approved into a new clause, partly approved, deferred to next year's budget, or refused (finance only; 409 at "
      + "any other time)")
  WorkPlanView decideRequest(@PathVariable int year, @PathVariable String departmentId, @PathVariable long requestId,
      @RequestBody RequestDecision decision, Authentication user) {
    return plans.decideRequest(year, departmentId, requestId, decision, Caller.of(user));
  }

  @PostMapping("/{departmentId}/amendments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Opens an amendment of the department's approved plan, with its reason (the department, or the "
      + "strategy unit for it): the plan's next version, a draft copy of the plan in force, reviewed on a path sized to "
      + "the money it moves; 409 while the plan or an amendment of it is under way")
  WorkPlanView amend(@PathVariable int year, @PathVariable String departmentId, @RequestBody AmendmentInput amendment,
      Authentication user) {
    return amendments.open(year, departmentId, amendment.reason(), Caller.of(user));
  }

  /** Why the plan is amended. */
  record AmendmentInput(String reason) {
  }

  /** A line's new status. */
  record LineStatusChange(LineStatus status) {
  }
}
