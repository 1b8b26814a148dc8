package org.maagal.assessment;

import java.time.Instant;

/** A department's assessment (one revision) as the API shows it. */
public record AssessmentView(Long id, int year, String departmentId, String departmentName, int revision,
    AssessmentAnswers answers, String submittedBy, Instant submittedAt, ReviewStatus review, String reviewNote,
    String reviewedBy, Instant reviewedAt) {
}
