package org.maagal.workplans;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Finance's decision on an additional budget request: {@code status} APPROVED (the whole amount, in the new clause
 * {@code clauseCode}), PARTLY_APPROVED ({@code approvedAmount}, less than asked, in {@code clauseCode}), DEFERRED (to
 * next year's budget) or REFUSED; {@code note} why, for the department.
 */
@Schema(description = "החלטת הכספים על בקשה לתקציב נוסף: APPROVED, PARTLY_APPROVED, DEFERRED או REFUSED")
public record RequestDecision(RequestStatus status, String approvedAmount, String clauseCode, String note) {

  public RequestDecision {
    approvedAmount = Shekels.typed(approvedAmount);
    clauseCode = clauseCode == null || clauseCode.isBlank() ? null : clauseCode.strip();
    note = note == null || note.isBlank() ? null : note.strip();
  }
}
