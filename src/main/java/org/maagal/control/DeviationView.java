package org.maagal.control;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deviation of the mid-year control as the API, the report and the booklet show it: what was flagged and why, its
 * department's cause and corrective action, and what the annual round showed of it ({@code annualStatus} is the
 * target's or the activity's status there, null before it was reported).
 */
public record DeviationView(long id, String departmentId, String departmentName, DeviationSubject subject,
    String subjectName, String code, String reason, String title, String detail, String cause,
    String correctiveAction, LocalDate actionDue, String explainedBy, Instant explainedAt, String annualStatus,
    Outcome outcome, String outcomeName) {

  public boolean explained() {
    return explainedAt != null;
  }
}
