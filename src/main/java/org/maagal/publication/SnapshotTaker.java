package org.maagal.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maagal.goals.GoalTreeService;
import org.maagal.goals.GoalTreeView;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.review.ResultsService;
import org.maagal.review.ResultsView;
import org.maagal.review.ReviewService;
import org.maagal.workplans.ApprovedMoney;
import org.maagal.workplans.WorkPlanBookService;
import org.maagal.workplans.WorkPlanTotals;
import org.springframework.stereotype.Component;

/**
 * Takes a part's snapshot from what the year holds now: only approved work (the approved tree, the approved plans,
 * the reports handed in, the committee's carried gaps), and of it only what the public site shows.
 */
@Component
class SnapshotTaker {

  private final GoalTreeService goals;
  private final ResultsService results;
  private final ReviewService review;
  private final WorkPlanBookService book;
  private final Organization organization;

  SnapshotTaker(GoalTreeService goals, ResultsService results, ReviewService review, WorkPlanBookService book,
      Organization organization) {
    this.goals = goals;
    this.results = results;
    this.review = review;
    this.book = book;
    this.organization = organization;
  }

  Snapshot take(int year, PublishedPart part, Caller caller) {
    return switch (part) {
      case GOALS -> new Snapshot(goals(year, caller), null, null);
      case MONEY -> new Snapshot(null, money(year), null);
      case RESULTS -> new Snapshot(null, null, results(year, caller));
    };
  }

  private Snapshot.Goals goals(int year, Caller caller) {
    var tree = approvedTree(year);
    var domains = new ArrayList<Snapshot.Domain>();
    for (var domain : results.results(year, caller).domains()) {
      var goalsOfDomain = domain.goals().stream().map(goal -> new Snapshot.Goal(goal.goal(), goal.targets().stream()
          .map(target -> new Snapshot.Target(target.targetId(), target.target(), target.indicators().stream()
              .map(SnapshotTaker::indicator).toList())).toList())).toList();
      domains.add(new Snapshot.Domain(domain.domainId(), domain.domainName(), goalsOfDomain));
    }
    return new Snapshot.Goals(organization.municipalityName(), tree.vision(), domains);
  }

  private static Snapshot.Indicator indicator(ResultsView.IndicatorResult indicator) {
    var baseline = Optional.ofNullable(indicator.baseline());
    var target = Optional.ofNullable(indicator.target());
    return new Snapshot.Indicator(indicator.indicator(), indicator.unit(), indicator.ownerDepartmentName(),
        baseline.map(GoalTreeView.Measure::value).orElse(null), baseline.map(GoalTreeView.Measure::year).orElse(null),
        target.map(GoalTreeView.Measure::value).orElse(null), target.map(GoalTreeView.Measure::year).orElse(null),
        indicator.ceoIndicator());
  }

  private GoalTreeView approvedTree(int year) {
    if (goals.approvedTargets(year).isEmpty()) {
      throw PublicationProblems.nothingToPublish(year, PublishedPart.GOALS, "עץ המטרות טרם אושר");
    }
    return goals.tree(year, Optional.empty());
  }

  private Snapshot.Money money(int year) {
    ApprovedMoney money = book.approvedMoney(year);
    if (money.isEmpty()) {
      throw PublicationProblems.nothingToPublish(year, PublishedPart.MONEY, "אין עדיין תכנית עבודה מאושרת");
    }
    return new Snapshot.Money(money.total(), sums(money.bySource()), sums(money.byDomain()), money.targets().stream()
        .map(target -> new Snapshot.TargetSum(target.targetId(), target.amount(), sums(target.bySource()))).toList());
  }

  private static List<Snapshot.Sum> sums(List<WorkPlanTotals.Total> totals) {
    return totals.stream().map(total -> new Snapshot.Sum(total.name(), total.amount())).toList();
  }

  private Snapshot.Results results(int year, Caller caller) {
    var view = results.results(year, caller);
    if (view.round() == null) {
      throw PublicationProblems.nothingToPublish(year, PublishedPart.RESULTS, "אף מחלקה עוד לא דיווחה על מדדיה");
    }
    var measured = new ArrayList<Snapshot.Measured>();
    view.domains().forEach(domain -> domain.goals().forEach(goal -> goal.targets().forEach(target ->
        target.indicators().forEach(indicator -> measured.add(new Snapshot.Measured(target.targetId(),
            indicator.indicator(), indicator.actual(), indicator.status()))))));
    var carried = review.carriedGaps(year).stream().map(gap -> new Snapshot.Carried(gap.departmentName(),
        gap.indicator(), gap.title(), gap.kind())).toList();
    var count = view.count();
    return new Snapshot.Results(view.round().name(), view.measuredAt(), count.green(), count.amber(), count.red(),
        count.none(), measured, carried);
  }
}
