package org.maagal.measurement;

/** Ids and variables of the phase's processes: {@code measurement} for the cycle, {@code department-measurement} per department and round. */
final class MeasurementProcess {

  static final String PROCESS_ID = "measurement";
  static final String DEPARTMENT_PROCESS_ID = "department-measurement";
  /** The flow out of the annual round's reports: taking it closes the annual round ({@link RoundClosed}). */
  static final String ANNUAL_CLOSED_FLOW = "toAnnualDone";
  static final String FILL_TASK = "fillMeasurementReport";
  static final String VALIDATE_TASK = "validateMeasurementReport";

  /** The report in a few lines with the last reviewer's comments, shown in both tasks' forms. */
  static final String SUMMARY = "measurementSummary";
  /** The strategy unit's form field: accept or return. */
  static final String DECISION = "reportDecision";
  static final String REVIEW_COMMENTS = "reviewComments";
  /** The validation's outcome that the gateway reads. */
  static final String ACCEPTED = "reportAccepted";

  private MeasurementProcess() {
  }
}
