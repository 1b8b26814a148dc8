package org.maagal.workplans;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.maagal.facts.Fact;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.maagal.reviewing.ReviewStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments of an approved work plan (תיקון תכנית עבודה): the department, or the strategy unit for it, opens one with
 * its reason; it is the plan's next version, a copy of the plan in force, edited on the same page; its review path is
 * sized to the money it moves ({@link AmendmentSizing}); once approved it is the plan in force, which the measurement
 * that follows reads. The version it amends stays as it was approved.
 */
@Service
public class PlanAmendments {

  static final int LONGEST_REASON = 2000;

  private final WorkPlanVersions versions;
  private final WorkPlanService plans;
  private final AmendmentSizing sizing;
  private final RuntimeService runtime;
  private final Organization organization;
  private final Clock clock;

  PlanAmendments(WorkPlanVersions versions, WorkPlanService plans, AmendmentSizing sizing, RuntimeService runtime,
      Organization organization, Clock clock) {
    this.versions = versions;
    this.plans = plans;
    this.sizing = sizing;
    this.runtime = runtime;
    this.organization = organization;
    this.clock = clock;
  }

  /** Opens an amendment of the department's approved plan, and its process: the department's draft task first. */
  @Transactional
  public WorkPlanView open(int year, String departmentId, String reason, Caller caller) {
    String name = organization.department(departmentId).filter(unit -> unit.id().equals(departmentId))
        .orElseThrow(() -> WorkPlanProblems.noDepartment(departmentId)).name();
    if (!caller.worksIn(departmentId) && !caller.has(Role.STRATEGY_UNIT)) {
      throw WorkPlanProblems.notYoursToEdit(name);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > LONGEST_REASON) {
      throw WorkPlanProblems.invalid("amendment", List.of("לתיקון נדרשת סיבה, עד " + LONGEST_REASON + " תווים"));
    }
    var inForce = plans.newest(year, departmentId);
    var amendment = versions.save(inForce.amend("תכנית העבודה של " + name, why, caller.userId(),
        Instant.now(clock)));
    runtime.startProcessInstanceByKey(WorkPlansProcess.AMENDMENT_PROCESS_ID, "cycle-" + year, Map.of(
        Fact.YEAR.variable(), year, Fact.DEPARTMENT_ID.variable(), departmentId,
        WorkPlansProcess.DEPARTMENT_NAME, name, WorkPlansProcess.PHASE_NAME, WorkPlansProcess.AMENDMENT_PHASE_NAME,
        WorkPlansProcess.AMENDMENT_NUMBER, amendment.amendment()));
    return plans.plan(year, departmentId, caller);
  }

  /** The review path of the department's submitted amendment, against the plan in force. */
  @Transactional(readOnly = true)
  AmendmentSizing.Path pathOf(int year, String departmentId) {
    var inForce = versions.findFirstByCycleYearAndDepartmentIdAndReviewedStatusOrderByReviewedNumberDesc(year,
        departmentId, ReviewStatus.APPROVED).orElseThrow();
    return sizing.pathOf(inForce, plans.newest(year, departmentId));
  }
}
