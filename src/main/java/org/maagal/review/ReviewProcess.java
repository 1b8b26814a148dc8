package org.maagal.review;

/** Ids and variables of the phase's processes: {@code review} for the cycle, {@code department-review} per department. */
final class ReviewProcess {

  static final String PROCESS_ID = "review";
  static final String GAP_LIST_TASK = "completeGapList";
  static final String EXPLAIN_TASK = "explainGap";
  static final String LESSONS_TASK = "recordLessons";
  static final String DECISION_TASK = "decideCarriedGaps";

  /** The gaps in a few lines each, shown in the review's forms. */
  static final String SUMMARY = "gapSummary";
  static final String GAP_TITLE = "gapTitle";
  static final String GAP_DETAIL = "gapDetail";
  static final String EXPLANATION = "explanation";
  static final String TREATMENT = "treatment";
  static final String LESSONS = "lessons";
  static final String SUCCESSES = "successes";
  /** Whether the steering committee approved the gaps that carry; if not, they wait for its next meeting. */
  static final String CARRIED_GAPS_APPROVED = "carriedGapsApproved";

  private ReviewProcess() {
  }
}
