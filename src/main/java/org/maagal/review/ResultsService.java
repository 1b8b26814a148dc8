package org.maagal.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.caching.BoundedCache;
import org.maagal.database.ChangeStamp;
import org.maagal.forms.FormText;
import org.maagal.goals.ApprovedTarget;
import org.maagal.goals.GoalTreeService;
import org.maagal.goals.GoalTreeView;
import org.maagal.measurement.Adherence;
import org.maagal.measurement.MeasurementService;
import org.maagal.measurement.ReportView;
import org.maagal.measurement.Round;
import org.maagal.measurement.TargetStatusRules;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Unit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's results, computed from the approved goal tree and the departments' reports: each indicator's
 * value at each round and its status by the decision table {@code target-status}, each department's
 * adherence and budget execution, and the review's gaps and lessons. A report counts once its department
 * handed it in; a draft has said nothing yet.
 *
 * <p>A year's results are computed once and kept while their sources stand still: each read first asks the
 * reports, the tree's versions, the gaps and the review for their {@link ChangeStamp} (four counting queries)
 * and computes afresh only when one moved, on this node or another. The stamps are read before the rows, so
 * a change committed in between is computed in and the next read, seeing a newer stamp, computes again.
 */
@Service("resultsService")
public class ResultsService {

  /**
   * How many years' results are kept: the dashboard's trends read ten years at a time; a request may name any
   * year, and each named year would otherwise stay in memory for good.
   */
  static final int KEPT_YEARS = 32;

  private final GoalTreeService goals;
  private final MeasurementService measurement;
  private final TargetStatusRules rules;
  private final Organization organization;
  private final ReviewRecords review;
  private final BoundedCache<Integer, Computed> computed = new BoundedCache<>(KEPT_YEARS);

  /** A year's results and the stamps of the rows they were computed from. */
  private record Computed(List<ChangeStamp> stamps, ResultsView view) {
  }

  ResultsService(GoalTreeService goals, MeasurementService measurement, TargetStatusRules rules,
      Organization organization, ReviewRecords review) {
    this.goals = goals;
    this.measurement = measurement;
    this.rules = rules;
    this.organization = organization;
    this.review = review;
  }

  /** The year's results as the caller may read them: the whole city, or their own department's part. */
  @Transactional(readOnly = true)
  public ResultsView results(int year, Caller caller) {
    return readable(year, caller).orElseThrow(() -> ReviewProblems.noDepartmentOf(caller.userId()));
  }

  /** As {@link #results}, empty for a caller who reads none (no department, nor a reader of the whole city). */
  @Transactional(readOnly = true)
  public Optional<ResultsView> readable(int year, Caller caller) {
    if (readsAll(caller)) {
      return Optional.of(compute(year));
    }
    return caller.departmentIds().stream().filter(id -> organization.department(id).isPresent()).findFirst()
        .map(own -> only(compute(year), own));
  }

  /**
   * Who reads the whole city's results and gaps: the strategy unit, the management and the admins, and the
   * steering committee's members, who decide which gaps carry.
   */
  boolean readsAll(Caller caller) {
    return caller.seesEverything() || caller.groups().contains(organization.steeringCommittee().groupId());
  }

  /** The year's results in full, for the review's rules and the booklet; computed again only when changed. */
  @Transactional(readOnly = true)
  ResultsView compute(int year) {
    var stamps = changeStamps(year);
    var kept = computed.get(year);
    if (kept != null && kept.stamps().equals(stamps)) {
      return kept.view();
    }
    var view = computeAfresh(year);
    computed.put(year, new Computed(stamps, view));
    return view;
  }

  /** How many years' results are kept now. */
  int keptYears() {
    return computed.size();
  }

  private List<ChangeStamp> changeStamps(int year) {
    var stamps = new ArrayList<ChangeStamp>();
    stamps.add(measurement.changeStamp(year));
    stamps.add(goals.changeStamp(year));
    stamps.addAll(review.changeStamps(year));
    return stamps;
  }

  private ResultsView computeAfresh(int year) {
    var newest = measurement.newestReports(year);
    var reports = handedIn(newest);
    var round = reports.stream().map(ReportView::round).max(Comparator.naturalOrder()).orElse(null);
    var targetIds = new HashMap<List<String>, Long>();
    goals.approvedTargets(year).forEach((ApprovedTarget target) ->
        targetIds.put(List.of(target.domainId(), target.goal(), target.target()), target.id()));
    var values = new HashMap<List<Object>, Map<Round, ReportView.IndicatorLine>>();
    reports.forEach(report -> report.indicators().forEach(line -> values
        .computeIfAbsent(List.of(line.targetId(), line.indicator()), key -> new HashMap<>())
        .put(report.round(), line)));

    var domains = new ArrayList<ResultsView.DomainResults>();
    var tree = targetIds.isEmpty() ? List.<GoalTreeView.DomainView>of() : goals.tree(year, Optional.empty()).domains();
    for (var domain : tree) {
      var goalResults = new ArrayList<ResultsView.GoalResults>();
      for (var goal : domain.goals()) {
        var targets = new ArrayList<ResultsView.TargetResults>();
        for (var target : goal.targets()) {
          Long targetId = targetIds.get(List.of(domain.id(), goal.title(), target.title()));
          if (targetId == null) {
            continue;
          }
          var indicators = target.indicators().stream().map(indicator -> indicatorResult(year, indicator,
              values.getOrDefault(List.of(targetId, indicator.name()), Map.of()))).toList();
          targets.add(new ResultsView.TargetResults(targetId, target.title(), indicators));
        }
        goalResults.add(new ResultsView.GoalResults(goal.title(), targets));
      }
      domains.add(new ResultsView.DomainResults(domain.id(), domain.name(), count(goalResults), goalResults));
    }
    return new ResultsView(year, null, null, round, round == null ? null : round.hebrewName(),
        round == null ? null : round.measuredAt(year), countDomains(domains), domains,
        departments(newest, round, domains), round == null ? null : measurement.cityAdherence(year, round),
        review.gaps(year), review.lessons(year));
  }

  /**
   * A department's results of the year in a few lines, for its next situation assessment: each indicator of
   * its latest report handed in, with its value and status, and its adherence and budget execution; empty if
   * it handed in nothing. Read from the department's own reports, so that a fan-out to every department of
   * a large municipality asks little of each.
   */
  @Transactional(readOnly = true)
  public String departmentSummary(int year, String departmentId) {
    var handed = measurement.handedIn(year, departmentId);
    if (handed.isEmpty()) {
      return "";
    }
    var latest = handed.get(handed.size() - 1);
    var lines = new ArrayList<String>();
    lines.add("תוצאות " + year + " (" + latest.roundName() + "):");
    for (var indicator : latest.indicators()) {
      var status = rules.statusOf(year, latest.round(), departmentId, indicator.indicator(), indicator.direction(),
          indicator.baseline(), indicator.targetValue(), indicator.actual());
      String unit = indicator.unit() == null ? "" : " " + indicator.unit();
      lines.add("• " + indicator.indicator() + ": "
          + (indicator.actual() == null ? "לא דווח" : "בפועל " + plain(indicator.actual()) + unit)
          + (indicator.targetValue() == null || indicator.targetValue().value() == null ? ""
              : ", יעד " + plain(indicator.targetValue().value()))
          + " — " + status.statusName());
    }
    var adherence = latest.adherence();
    if (adherence.activities() > 0) {
      lines.add("• עמידה בתכנית העבודה: " + adherence.onTimePercent() + "% מהפעילויות בזמן"
          + (adherence.executionPercent() == null ? "" : "; ביצוע תקציב " + adherence.executionPercent() + "%"));
    }
    return FormText.of(lines, "כולן בדף המדידה /measurement/?year=" + year);
  }

  // --- computing

  private static List<ReportView> handedIn(List<ReportView> newest) {
    return newest.stream()
        .filter(report -> report.status().handedIn())
        .toList();
  }

  private ResultsView.IndicatorResult indicatorResult(int year, GoalTreeView.IndicatorView indicator,
      Map<Round, ReportView.IndicatorLine> reported) {
    var semiAnnual = reported.get(Round.SEMI_ANNUAL);
    var annual = reported.get(Round.ANNUAL);
    var latest = annual != null && annual.actual() != null ? annual : semiAnnual;
    Round round = latest == annual ? Round.ANNUAL : Round.SEMI_ANNUAL;
    var actual = latest == null ? null : latest.actual();
    var status = rules.statusOf(year, round, indicator.ownerDepartmentId(), indicator.name(), indicator.direction(),
        indicator.baseline(), indicator.target(), actual);
    return new ResultsView.IndicatorResult(indicator.name(), indicator.unit(), indicator.direction(),
        indicator.ownerDepartmentId(), indicator.ownerDepartmentName(), indicator.ceoIndicator(), indicator.baseline(),
        indicator.target(), semiAnnual == null ? null : semiAnnual.actual(), annual == null ? null : annual.actual(),
        actual, status.status(), status.statusName(), status.progressRatio(), latest == null ? null : latest.note());
  }

  private List<ResultsView.DepartmentResults> departments(List<ReportView> newest, Round round,
      List<ResultsView.DomainResults> domains) {
    var byDepartment = new HashMap<String, Map<Round, ReportView>>();
    newest.forEach(report ->
        byDepartment.computeIfAbsent(report.departmentId(), key -> new HashMap<>()).put(report.round(), report));
    var all = domains.stream().flatMap(domain -> domain.goals().stream()).flatMap(goal -> goal.targets().stream())
        .flatMap(target -> target.indicators().stream()).toList();
    var result = new ArrayList<ResultsView.DepartmentResults>();
    for (Unit department : organization.departments()) {
      var reports = byDepartment.getOrDefault(department.id(), Map.of());
      var own = all.stream().filter(indicator -> department.id().equals(indicator.ownerDepartmentId())).toList();
      var forRound = round == null ? null : reports.get(round);
      Adherence adherence = forRound == null ? null : forRound.adherence();
      result.add(new ResultsView.DepartmentResults(department.id(), department.name(),
          statusName(reports.get(Round.SEMI_ANNUAL)), statusName(reports.get(Round.ANNUAL)),
          countStatuses(own.stream().map(ResultsView.IndicatorResult::status).toList()), adherence));
    }
    return result;
  }

  private static String statusName(ReportView report) {
    return report == null ? null : report.statusName();
  }

  private static ResultsView.StatusCount count(List<ResultsView.GoalResults> goals) {
    return countStatuses(goals.stream().flatMap(goal -> goal.targets().stream())
        .flatMap(target -> target.indicators().stream()).map(ResultsView.IndicatorResult::status).toList());
  }

  private static ResultsView.StatusCount countDomains(List<ResultsView.DomainResults> domains) {
    return count(domains.stream().flatMap(domain -> domain.goals().stream()).toList());
  }

  private static ResultsView.StatusCount countStatuses(List<String> statuses) {
    int green = 0;
    int amber = 0;
    int red = 0;
    int none = 0;
    for (String status : statuses) {
      switch (status) {
        case "green" -> green++;
        case "amber" -> amber++;
        case "red" -> red++;
        default -> none++;
      }
    }
    return new ResultsView.StatusCount(green, amber, red, none);
  }

  // --- a department's part

  private ResultsView only(ResultsView all, String departmentId) {
    var domains = new ArrayList<ResultsView.DomainResults>();
    for (var domain : all.domains()) {
      var goalResults = new ArrayList<ResultsView.GoalResults>();
      for (var goal : domain.goals()) {
        var targets = goal.targets().stream().map(target -> new ResultsView.TargetResults(target.targetId(),
            target.target(), target.indicators().stream()
                .filter(indicator -> departmentId.equals(indicator.ownerDepartmentId())).toList()))
            .filter(target -> !target.indicators().isEmpty()).toList();
        if (!targets.isEmpty()) {
          goalResults.add(new ResultsView.GoalResults(goal.goal(), targets));
        }
      }
      if (!goalResults.isEmpty()) {
        domains.add(new ResultsView.DomainResults(domain.domainId(), domain.domainName(), count(goalResults),
            goalResults));
      }
    }
    var departments = all.departments().stream().filter(d -> d.departmentId().equals(departmentId)).toList();
    return new ResultsView(all.year(), departmentId, organization.unitName(departmentId), all.round(),
        all.roundName(), all.measuredAt(), countDomains(domains), domains, departments,
        departments.isEmpty() ? null : departments.get(0).adherence(),
        all.gaps().stream().filter(gap -> gap.departmentId().equals(departmentId)).toList(), all.lessons());
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

}
