package org.maagal.review;

import java.util.List;

/**
 * Where a year's review stands and what the caller may do on it, for the review page: {@code state}
 * "not-open" (the rules have not flagged yet), "listing" (the strategy unit may add gaps), "explaining"
 * (the departments explain them), "deciding" (the lessons are recorded; the steering committee marks what
 * carries), "decided"; {@code stateName} in Hebrew; the gaps the caller may read (a department: its own; a
 * member of the steering committee: all of them, to decide on).
 */
public record ReviewState(int year, String state, String stateName, boolean mayAddGaps, boolean mayMarkCarried,
    List<ResultsView.GapView> gaps) {
}
