package org.maagal.control;

/**
 * Ids and variables of mid-year control's processes: {@code mid-year-control} for the year, called by measurement,
 * and {@code department-correction} per department with deviations.
 */
final class ControlProcess {

  static final String PROCESS_ID = "mid-year-control";
  static final String DEPARTMENT_PROCESS_ID = "department-correction";
  static final String EXPLAIN_TASK = "explainDeviation";
  static final String REPORT_TASK = "compileControlReport";

  /** Shown in the department's task: what was flagged and what shows it. */
  static final String DEVIATION_TITLE = "deviationTitle";
  static final String DEVIATION_DETAIL = "deviationDetail";
  /** The department's answer. */
  static final String CAUSE = "cause";
  static final String CORRECTIVE_ACTION = "correctiveAction";
  static final String ACTION_DUE = "actionDue";
  /** The deviations in a few lines, shown to the strategy unit, and its conclusions. */
  static final String SUMMARY = "controlSummary";
  static final String CONCLUSIONS = "conclusions";

  private ControlProcess() {
  }
}
