package org.maagal.assessment;

import java.time.Instant;
import org.maagal.reviewing.ReviewStatus;

/**
 * A department's assessment (one revision) as the API shows it. {@code status}: the one reviewed life's
 * (a draft after a return, until the department submits it again).
 */
public record AssessmentView(Long id, int year, String departmentId, String departmentName, int revision,
    AssessmentAnswers answers, String submittedBy, Instant submittedAt, ReviewStatus status, String statusName,
    String reviewNote, String reviewedBy, Instant reviewedAt) {
}
