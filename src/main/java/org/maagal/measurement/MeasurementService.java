package org.maagal.measurement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.database.ChangeStamp;
import org.maagal.forms.FormText;
import org.maagal.goals.ApprovedTarget;
import org.maagal.goals.GoalTreeService;
import org.maagal.goals.GoalTreeView;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.reviewing.ReviewStatus;
import org.maagal.workplans.WorkPlanService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments' measurement reports, one per department and round: opened as a draft filled from the
 * approved goal tree and work plan, filled by the department, submitted and reviewed by the strategy unit;
 * a return keeps the version and opens a copy as the next draft. Every change is one transaction: a
 * refused change leaves the report as it was.
 */
@Service
public class MeasurementService {


  private final MeasurementReports reports;
  private final GoalTreeService goals;
  private final WorkPlanService plans;
  private final Organization organization;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  MeasurementService(MeasurementReports reports, GoalTreeService goals, WorkPlanService plans,
      Organization organization, Clock clock, ApplicationEventPublisher events) {
    this.reports = reports;
    this.goals = goals;
    this.plans = plans;
    this.organization = organization;
    this.clock = clock;
    this.events = events;
  }

  // --- the process's steps

  /**
   * Opens the department's report of the round as its first draft (once; a restarted round finds it): the
   * indicators it owns in the approved tree, the activities of its approved plan in progress, its lines
   * with nothing spent. The research department owns the city-wide indicators in the tree, so its report
   * opened here carries them the same way.
   */
  @Transactional
  public void open(int year, String departmentId, Round round) {
    departmentName(departmentId);
    if (reports.findFirstByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberDesc(year, departmentId, round)
        .isPresent()) {
      return;
    }
    var report = MeasurementReport.first(year, departmentId, round, Organization.SYSTEM, Instant.now(clock));
    for (TreeIndicator owned : treeIndicators(year)) {
      if (departmentId.equals(owned.indicator().ownerDepartmentId())) {
        report.add(new IndicatorValue(owned.indicator().name(), owned.targetId(), owned.indicator().unit()));
      }
    }
    plans.approvedPlan(year, departmentId).ifPresent(plan -> plan.activities().forEach(activity -> {
      report.add(new ActivityReport(activity.id(), activity.title(), activity.end()));
      activity.lines().forEach(line -> report.add(new LineSpending(line.id(), activity.id(), line.clauseCode(),
          line.clauseName(), line.amount())));
    }));
    reports.save(report);
  }

  /** The department hands in its draft; it is frozen for the strategy unit's review. */
  @Transactional
  public void submit(int year, String departmentId, Round round, String by) {
    newest(year, departmentId, round).reviewed().submit(what(departmentId, round), by, Instant.now(clock));
  }

  /** The strategy unit accepts the submitted report, or returns it with what to correct: the next draft is a copy. */
  @Transactional
  public void review(int year, String departmentId, Round round, boolean accepted, String comments, String by) {
    var submitted = newest(year, departmentId, round);
    var what = what(departmentId, round);
    var now = Instant.now(clock);
    submitted.reviewed().decide(what, accepted, comments, by, now);
    if (!accepted) {
      reports.save(submitted.nextDraft(what, by, now));
    }
  }

  /**
   * The report in a few lines for the tasks' forms: what is filled and what is not, the activities delayed,
   * budget execution, and the strategy unit's comments when it returned the report.
   */
  @Transactional(readOnly = true)
  public String summary(int year, String departmentId, Round round) {
    var found = reports.findFirstByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberDesc(year, departmentId,
        round);
    if (found.isEmpty()) {
      return "";
    }
    var report = found.get();
    long reported = report.indicators().stream().filter(value -> value.actual() != null).count();
    long late = report.activities().stream()
        .filter(activity -> !Adherence.onTime(activity, round.measuredAt(year))).count();
    var adherence = adherenceOf(report);
    var lines = new ArrayList<String>();
    lines.add("גרסה " + report.number() + " (" + report.status().hebrewName() + ")");
    lines.add("מדדים: דווחו " + reported + " מתוך " + report.indicators().size());
    lines.add("פעילויות: " + report.activities().size() + ", מהן " + late + " שאינן בזמן"
        + (adherence.onTimePercent() == null ? "" : " (עמידה בתכנית " + adherence.onTimePercent() + "%)"));
    if (adherence.executionPercent() != null) {
      lines.add("ביצוע תקציב: " + adherence.executionPercent() + "%");
    }
    reports.findByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberAsc(year, departmentId, round,
        Pageable.unpaged()).stream()
        .filter(version -> version.status() == ReviewStatus.RETURNED).reduce((first, second) -> second)
        .ifPresent(returned -> lines.add("הוחזרה לתיקון: " + returned.reviewComments()));
    return FormText.of(lines, "הדוח המלא בדף המדידה /measurement/?year=" + year
        + "&round=" + round.path() + "&department=" + departmentId);
  }

  /** Changes whenever a report of the cycle is opened, handed in, decided or returned (see {@link ChangeStamp}). */
  @Transactional(readOnly = true)
  public ChangeStamp changeStamp(int year) {
    return reports.changeStamp(year);
  }

  /**
   * The newest version of every department's report of every round in the year, for the year's results:
   * read by the system, not on a caller's behalf, without the values of earlier rounds.
   */
  @Transactional(readOnly = true)
  public List<ReportView> newestReports(int year) {
    var tree = treeIndicatorsByKey(year);
    return reports.newestOfEachReport(year).stream().map(report -> view(report, tree, null)).toList();
  }

  /**
   * The department's reports of the year that it handed in (submitted or accepted), newest version of each
   * round, the semi-annual first: what its next situation assessment shows. Read by the system.
   */
  @Transactional(readOnly = true)
  public List<ReportView> handedIn(int year, String departmentId) {
    var handed = new ArrayList<MeasurementReport>();
    for (Round round : Round.values()) {
      reports.findFirstByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberDesc(year, departmentId, round)
          .filter(report -> report.status().handedIn())
          .ifPresent(handed::add);
    }
    if (handed.isEmpty()) {
      return List.of();
    }
    var tree = treeIndicatorsByKey(year);
    return handed.stream().map(report -> view(report, tree, null)).toList();
  }

  // --- reading

  @Transactional(readOnly = true)
  public ReportView report(int year, String departmentId, Round round, Caller caller) {
    mayRead(departmentId, caller);
    return view(newest(year, departmentId, round), caller);
  }

  @Transactional(readOnly = true)
  ReportView version(int year, String departmentId, Round round, int number, Caller caller) {
    String name = mayRead(departmentId, caller);
    return view(reports.findByCycleYearAndDepartmentIdAndRoundAndReviewedNumber(year, departmentId, round, number)
        .orElseThrow(() -> MeasurementProblems.noVersion(year, name, round, number)), caller);
  }

  @Transactional(readOnly = true)
  PageOf<ReportView.VersionSummary> versions(int year, String departmentId, Round round, Caller caller,
      PageQuery page) {
    mayRead(departmentId, caller);
    return PageOf.of(reports.findByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberAsc(year, departmentId,
        round, page.pageable()).map(r -> new ReportView.VersionSummary(r.number(), r.status(), r.status().hebrewName(),
        r.createdAt(), r.createdBy(), r.submittedAt(), r.submittedBy(), r.reviewedAt(), r.reviewedBy(),
        r.reviewComments())));
  }

  /** The newest version of every report the caller may read, in the organisation's order, the rounds in order. */
  @Transactional(readOnly = true)
  public List<ReportView.Summary> reports(int year, Caller caller) {
    var order = organization.departmentIds();
    return reports.newestOfEachReport(year).stream()
        .filter(r -> caller.seesEverything() || organization.reads(caller, r.departmentId()))
        .sorted(Comparator.<MeasurementReport>comparingInt(r -> order.indexOf(r.departmentId()))
            .thenComparing(MeasurementReport::round))
        .map(r -> new ReportView.Summary(year, r.departmentId(), organization.unitName(r.departmentId()), r.round(),
            r.round().hebrewName(), r.number(), r.status(), r.status().hebrewName()))
        .toList();
  }

  // --- adherence and budget execution

  /** The department's adherence to its work plan and budget execution at the round, by its newest report. */
  @Transactional(readOnly = true)
  public Adherence adherence(int year, String departmentId, Round round) {
    return adherenceOf(newest(year, departmentId, round));
  }

  /** The city's: every department's newest report of the round counted together. */
  @Transactional(readOnly = true)
  public Adherence cityAdherence(int year, Round round) {
    var activities = new ArrayList<ActivityReport>();
    var lines = new ArrayList<LineSpending>();
    reports.newestOfEachReport(year).stream().filter(r -> r.round() == round).forEach(r -> {
      activities.addAll(r.activities());
      lines.addAll(r.spending());
    });
    return Adherence.of(round.measuredAt(year), activities, lines);
  }

  private static Adherence adherenceOf(MeasurementReport report) {
    return Adherence.of(report.round().measuredAt(report.cycleYear()), report.activities(), report.spending());
  }

  // --- filling the draft

  /**
   * The actual value of the indicator at its 1-based position in the report ("1,250" and "72%" are read as a
   * sheet reads them; blank clears it) and a note. A correction copies the indicators in order, so the
   * position names the same indicator in every version of the report.
   */
  @Transactional
  public ReportView setIndicator(int year, String departmentId, Round round, int position, String actual,
      String note, Caller caller) {
    var draft = draftToFill(year, departmentId, round, caller);
    var value = draft.indicatorAt(position)
        .orElseThrow(() -> MeasurementProblems.noIndicator(position, draft.indicators().size()));
    var parsed = ReportInputs.indicatorValue(actual, value.indicator());
    value.report(parsed.orElse(null), note == null || note.isBlank() ? null : note.strip());
    return filled(draft, caller);
  }

  /**
   * The status of an activity, named by the work plan's activity id (the same in every version); a delay or
   * a cancellation must say why, any other status keeps no reason.
   */
  @Transactional
  public ReportView setActivityStatus(int year, String departmentId, Round round, long activityId, String status,
      String reason, Caller caller) {
    var draft = draftToFill(year, departmentId, round, caller);
    var activity = draft.activity(activityId).orElseThrow(() -> MeasurementProblems.noActivity(activityId));
    var parsed = ReportInputs.status(new ReportInputs.ActivityInput(status, reason), activity.title());
    activity.report(parsed, reason == null || reason.isBlank() ? null : reason.strip());
    return filled(draft, caller);
  }

  /** The actual spending of a budget line, named by the work plan's line id (the same in every version). */
  @Transactional
  public ReportView setSpending(int year, String departmentId, Round round, long lineId, String actual,
      Caller caller) {
    var draft = draftToFill(year, departmentId, round, caller);
    var line = draft.line(lineId).orElseThrow(() -> MeasurementProblems.noLine(lineId));
    line.report(ReportInputs.spending(actual, "שורת התקציב בסעיף " + line.clauseCode() + " ('" + line.clauseName()
        + "')"));
    return filled(draft, caller);
  }

  private ReportView filled(MeasurementReport draft, Caller caller) {
    reports.flush();
    events.publishEvent(new ReportFilled(draft.cycleYear(), draft.departmentId(), draft.round()));
    return view(draft, caller);
  }

  // --- who may do what

  private MeasurementReport draftToFill(int year, String departmentId, Round round, Caller caller) {
    String name = departmentName(departmentId);
    if (!caller.worksIn(departmentId)) {
      throw MeasurementProblems.notYoursToEdit(name);
    }
    var draft = newest(year, departmentId, round);
    draft.reviewed().requireDraft(what(departmentId, round));
    return draft;
  }

  /** The department itself and those who see everything (strategy unit, CEO, mayor, admins); answers its name. */
  private String mayRead(String departmentId, Caller caller) {
    String name = departmentName(departmentId);
    if (!caller.seesEverything() && !organization.reads(caller, departmentId)) {
      throw MeasurementProblems.notYours(name);
    }
    return name;
  }

  /** The report as the shared life's refusals name it. */
  private String what(String departmentId, Round round) {
    return "דיווח המדידה של " + departmentName(departmentId) + " ב" + round.hebrewName();
  }

  private String departmentName(String departmentId) {
    return organization.department(departmentId).filter(unit -> unit.id().equals(departmentId))
        .orElseThrow(() -> MeasurementProblems.noDepartment(departmentId)).name();
  }

  private MeasurementReport newest(int year, String departmentId, Round round) {
    return reports.findFirstByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberDesc(year, departmentId, round)
        .orElseThrow(() -> MeasurementProblems.noReport(year, departmentName(departmentId), round));
  }

  // --- the goal tree

  /** An indicator of the approved tree with the id and title of its target, as work plans link to targets. */
  private record TreeIndicator(long targetId, String target, GoalTreeView.IndicatorView indicator) {
  }

  /** Every indicator of the approved tree under its target; empty while no version is approved. */
  private List<TreeIndicator> treeIndicators(int year) {
    var ids = new HashMap<List<String>, Long>();
    for (ApprovedTarget target : goals.approvedTargets(year)) {
      ids.put(List.of(target.domainId(), target.goal(), target.target()), target.id());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    var found = new ArrayList<TreeIndicator>();
    for (var domain : goals.tree(year, Optional.empty()).domains()) {
      for (var goal : domain.goals()) {
        for (var target : goal.targets()) {
          Long id = ids.get(List.of(domain.id(), goal.title(), target.title()));
          if (id != null) {
            target.indicators().forEach(indicator -> found.add(new TreeIndicator(id, target.title(), indicator)));
          }
        }
      }
    }
    return found;
  }

  // --- views

  private ReportView view(MeasurementReport report, Caller caller) {
    return view(report, treeIndicatorsByKey(report.cycleYear()), caller);
  }

  private Map<List<Object>, TreeIndicator> treeIndicatorsByKey(int year) {
    var tree = new HashMap<List<Object>, TreeIndicator>();
    treeIndicators(year).forEach(found -> tree.put(List.of(found.targetId(), found.indicator().name()), found));
    return tree;
  }

  /** {@code caller} null: read by the system, nothing editable and no last value. */
  private ReportView view(MeasurementReport report, Map<List<Object>, TreeIndicator> tree, Caller caller) {
    int year = report.cycleYear();
    // a system read (the year's results) does not show the value of an earlier round: no query per report
    var earlier = caller == null ? List.<MeasurementReport>of() : earlierReports(report);
    var indicators = new ArrayList<ReportView.IndicatorLine>();
    for (IndicatorValue value : report.indicators()) {
      var found = tree.get(List.of(value.targetId(), value.indicator()));
      var indicator = found == null ? null : found.indicator();
      indicators.add(new ReportView.IndicatorLine(value.id(), indicators.size() + 1, value.indicator(),
          value.targetId(), found == null ? null : found.target(), value.unit(),
          indicator == null ? null : indicator.direction(),
          indicator == null ? null : indicator.baseline(), indicator == null ? null : indicator.target(),
          lastValue(value.indicator(), earlier), value.actual(), value.note()));
    }
    var activities = report.activities().stream().map(activity -> new ReportView.ActivityLine(activity.id(),
        activity.activityId(), activity.title(), activity.end(), activity.status(), activity.status().hebrewName(),
        activity.reason())).toList();
    var spending = report.spending().stream().map(line -> new ReportView.SpendingLine(line.id(), line.lineId(),
        line.activityId(), line.clauseCode(), line.clauseName(), line.planned(), line.actual())).toList();
    boolean editable = caller != null && report.reviewed().isDraft() && caller.worksIn(report.departmentId());
    return new ReportView(year, report.departmentId(), organization.unitName(report.departmentId()), report.round(),
        report.round().hebrewName(), report.number(), report.status(), report.status().hebrewName(), editable,
        report.createdAt(), report.createdBy(), report.submittedAt(), report.submittedBy(), report.reviewedAt(),
        report.reviewedBy(), report.reviewComments(), indicators, activities, spending, adherenceOf(report));
  }

  /**
   * The department's reports of earlier rounds, newest round first, where the newest version was handed
   * in: a draft being filled or corrected has not said anything yet.
   */
  private List<MeasurementReport> earlierReports(MeasurementReport report) {
    Comparator<MeasurementReport> byRound = Comparator.comparingInt(MeasurementReport::cycleYear)
        .thenComparing(MeasurementReport::round);
    return reports.newestOfDepartmentUpTo(report.departmentId(), report.cycleYear()).stream()
        .filter(other -> byRound.compare(other, report) < 0)
        .filter(other -> other.status().handedIn())
        .sorted(byRound.reversed()).toList();
  }

  /** Indicators are matched by their text: a target's id changes from one year's tree to the next. */
  private static ReportView.LastValue lastValue(String indicator, List<MeasurementReport> earlier) {
    for (MeasurementReport report : earlier) {
      for (IndicatorValue value : report.indicators()) {
        if (value.indicator().equals(indicator) && value.actual() != null) {
          return new ReportView.LastValue(value.actual(), report.cycleYear(), report.round());
        }
      }
    }
    return null;
  }
}
