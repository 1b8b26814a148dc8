package org.maagal.assessment;

/** Variable names of the {@code department-assessment} process, one instance per department. */
final class DepartmentAssessmentProcess {

  static final String PROCESS_ID = "department-assessment";
  static final String NOTHING_TO_REPORT = "nothingToReport";
  static final String RETURNED = "assessmentReturned";

  private DepartmentAssessmentProcess() {
  }
}
