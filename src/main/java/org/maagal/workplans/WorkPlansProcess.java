package org.maagal.workplans;

/** Ids and variables of the phase's processes: {@code work-plans} for the cycle, {@code department-work-plan} per department. */
final class WorkPlansProcess {

  static final String PROCESS_ID = "work-plans";
  static final String DEPARTMENT_PROCESS_ID = "department-work-plan";
  /** An amendment of a department's approved plan, with the same tasks as the plan's own review. */
  static final String AMENDMENT_PROCESS_ID = "work-plan-amendment";
  static final String DRAFT_TASK = "draftWorkPlan";
  static final String ALIGNMENT_TASK = "reviewAlignment";
  static final String BUDGET_TASK = "reviewBudget";
  static final String CEO_TASK = "approveWorkPlan";
  static final String COMPILE_TASK = "compileBook";
  static final String BOOK_APPROVAL_TASK = "approveBook";

  /** The plan in a few lines with the last reviewer's comments, shown in every task's form. */
  static final String SUMMARY = "workPlanSummary";
  static final String CHECKS_PASSED = "checksPassed";
  /** The form field of a review: approve or return. */
  static final String DECISION = "workPlanDecision";
  static final String REVIEW_COMMENTS = "reviewComments";
  /** The review's outcome that the gateway after the review reads. */
  static final String APPROVED = "workPlanApproved";
  static final String BOOK_EDITION = "bookEdition";
  static final String BOOK_DECISION = "bookDecision";
  static final String BOOK_COMMENTS = "bookComments";
  static final String BOOK_APPROVED = "bookApproved";
  /** The amendment's review path, from amendment-review.dmn: finance reviews it, the CEO approves it. */
  static final String AMENDMENT_NEEDS_FINANCE = "amendmentNeedsFinance";
  static final String AMENDMENT_NEEDS_CEO = "amendmentNeedsCeo";
  static final String AMENDMENT_NUMBER = "amendment";
  /** What an amendment's task cards show, as a phase's instances get them from the cycle. */
  static final String DEPARTMENT_NAME = "departmentName";
  static final String PHASE_NAME = "phaseName";
  static final String AMENDMENT_PHASE_NAME = "תיקון תכנית עבודה";

  private WorkPlansProcess() {
  }
}
