package org.maagal.review;

import java.util.List;
import org.maagal.database.ChangeStamp;
import org.maagal.organization.Organization;
import org.springframework.stereotype.Component;

/** The review's gaps and lessons as the results show them. */
@Component
class ReviewRecords {

  private final Gaps gaps;
  private final YearReviews years;
  private final Organization organization;

  ReviewRecords(Gaps gaps, YearReviews years, Organization organization) {
    this.gaps = gaps;
    this.years = years;
    this.organization = organization;
  }

  /** Change whenever a gap of the year is added, explained or marked, or the review's record changes. */
  List<ChangeStamp> changeStamps(int year) {
    return List.of(gaps.changeStamp(year), years.changeStamp(year));
  }

  List<ResultsView.GapView> gaps(int year) {
    var review = years.findById(year).orElse(null);
    return gaps.findByCycleYearOrderByIdAsc(year).stream().map(gap -> view(gap, review)).toList();
  }

  /** The department's gaps of the year, for its next situation assessment. */
  List<ResultsView.GapView> gapsOf(int year, String departmentId) {
    var found = gaps.findByCycleYearAndDepartmentIdOrderByIdAsc(year, departmentId);
    if (found.isEmpty()) {
      return List.of();
    }
    var review = years.findById(year).orElse(null);
    return found.stream().map(gap -> view(gap, review)).toList();
  }

  ResultsView.GapView view(Gap gap, YearReview review) {
    boolean decided = review != null && review.decided();
    return new ResultsView.GapView(gap.id(), gap.departmentId(), organization.unitName(gap.departmentId()),
        gap.source().key(), gap.kind().key(), gap.kind().hebrewName(), gap.targetId(), gap.indicator(), gap.title(),
        gap.detail(), gap.explanation(), gap.treatment(), gap.explainedBy(), gap.explainedAt(), gap.carried(),
        decided ? review.decidedBy() : null, decided ? review.decidedAt() : null);
  }

  ResultsView.Lessons lessons(int year) {
    return years.findById(year).map(review -> new ResultsView.Lessons(review.lessons(), review.successes(),
        review.lessonsBy(), review.lessonsAt())).orElse(new ResultsView.Lessons(null, null, null, null));
  }
}
