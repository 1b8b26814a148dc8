package org.maagal.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;
import org.maagal.forms.FormText;
import org.maagal.forms.FormValues;
import org.maagal.measurement.MeasurementService;
import org.maagal.measurement.ReportView;
import org.maagal.measurement.Round;
import org.maagal.measurement.TargetStatusRules;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's mid-year control: flags the semi-annual round's deviations by rule, stores each department's cause and
 * corrective action, the strategy unit's conclusions, and reads it all with what the annual round showed since.
 */
@Service
public class MidYearControl {

  /** How the application reads a year's control for its own forms and agenda: as the strategy unit. */
  /** The longest cause, action or conclusions: what a form's text variable holds. */
  static final int LONGEST_TEXT = FormText.MAX_LENGTH;

  private static final Caller SYSTEM = new Caller(Organization.SYSTEM, List.of(Role.STRATEGY_UNIT.groupId()));

  private final Deviations deviations;
  private final ControlYears years;
  private final DeviationRules rules;
  private final MeasurementService measurement;
  private final TargetStatusRules targetStatus;
  private final Organization organization;
  private final ApplicationClock clock;

  MidYearControl(Deviations deviations, ControlYears years, DeviationRules rules, MeasurementService measurement,
      TargetStatusRules targetStatus, Organization organization, ApplicationClock clock) {
    this.deviations = deviations;
    this.years = years;
    this.rules = rules;
    this.measurement = measurement;
    this.targetStatus = targetStatus;
    this.organization = organization;
    this.clock = clock;
  }

  /**
   * Flags what the semi-annual reports handed in show needs attention; once a year (a second call, after a crash and
   * a retry of the job, finds the year flagged and adds nothing).
   */
  @Transactional
  public void flag(int year) {
    if (years.existsById(year)) {
      return;
    }
    var now = clock.instant();
    years.save(new ControlYear(year, now));
    for (var report : semiAnnual(year).values()) {
      for (var line : report.indicators()) {
        var status = targetStatus.statusOf(report, line);
        rules.ofTarget(status.status()).ifPresent(finding -> deviations.save(new Deviation(year,
            report.departmentId(), DeviationSubject.TARGET, line.targetId(), finding, line.indicator(),
            ControlText.targetDetail(line, status), now)));
      }
      for (var activity : report.activities()) {
        var money = Money.of(report, activity.activityId());
        rules.ofActivity(activity.status(), money.ratio()).ifPresent(finding -> deviations.save(new Deviation(year,
            report.departmentId(), DeviationSubject.ACTIVITY, activity.activityId(), finding, activity.title(),
            ControlText.activityDetail(activity, money), now)));
      }
    }
  }

  /** The departments with a deviation to explain, in the organisation's order. */
  @Transactional(readOnly = true)
  public List<String> departmentsWithDeviations(int year) {
    var order = organization.departmentIds();
    return deviations.departmentsOf(year).stream().sorted(Comparator.comparingInt(order::indexOf)).toList();
  }

  /** The deviations one department explains, a task each. */
  @Transactional(readOnly = true)
  public List<Long> deviationIdsOf(int year, String departmentId) {
    return deviations.findByCycleYearAndDepartmentIdOrderByIdAsc(year, departmentId).stream().map(Deviation::id)
        .toList();
  }

  @Transactional(readOnly = true)
  public DeviationView deviation(long id) {
    var deviation = deviations.findById(id).orElseThrow(() -> ControlProblems.noDeviation(id));
    // its own department's reports only: a task's listener runs once per deviation of a large city
    var annual = measurement.handedIn(deviation.cycleYear(), deviation.departmentId()).stream()
        .filter(report -> report.round() == Round.ANNUAL).findFirst();
    return view(deviation, annual.map(report -> Map.of(report.departmentId(), report)).orElse(Map.of()));
  }

  /** The department's cause and corrective action, done by a date in the cycle's year or the next. */
  @Transactional
  void explain(long id, String departmentId, String cause, String correctiveAction, LocalDate actionDue, String by) {
    var deviation = deviations.findById(id).orElseThrow(() -> ControlProblems.noDeviation(id));
    if (!deviation.departmentId().equals(departmentId)) {
      throw new IllegalStateException("Deviation " + id + " is not of " + departmentId);
    }
    var problems = new ArrayList<String>();
    if (cause == null) {
      problems.add("חסר הסבר לגורם החריגה");
    }
    if (correctiveAction == null) {
      problems.add("חסרה פעולה מתקנת");
    }
    if (tooLong(cause) || tooLong(correctiveAction)) {
      problems.add("הגורם והפעולה המתקנת עד " + LONGEST_TEXT + " תווים כל אחד");
    }
    int year = deviation.cycleYear();
    if (actionDue == null) {
      problems.add("חסר מועד לביצוע הפעולה המתקנת");
    } else if (actionDue.getYear() < year || actionDue.getYear() > year + 1) {
      problems.add("מועד הפעולה המתקנת צריך להיות ב-" + year + " או ב-" + (year + 1) + ", לא "
          + IsraeliFormat.day(actionDue));
    }
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    deviation.explain(cause, correctiveAction, actionDue, by, clock.instant());
  }

  /** The strategy unit's conclusions: the report is compiled and goes to the steering committee. */
  @Transactional
  void compile(int year, String conclusions, String by) {
    if (conclusions == null || tooLong(conclusions)) {
      throw FormValues.refuse(List.of("המסקנות נדרשות, עד " + LONGEST_TEXT + " תווים"));
    }
    year(year).compile(conclusions, by, clock.instant());
  }

  private static boolean tooLong(String text) {
    return text != null && text.length() > LONGEST_TEXT;
  }

  /** The year's control as the caller may read it: every deviation, or those of the caller's departments. */
  @Transactional(readOnly = true)
  public Optional<ControlView> view(int year, Caller caller) {
    return years.findById(year).map(control -> {
      var annual = annual(year);
      var order = organization.departmentIds();
      var readable = deviations.findByCycleYearOrderByIdAsc(year).stream()
          .filter(deviation -> readsAll(caller) || organization.reads(caller, deviation.departmentId()))
          .sorted(Comparator.comparingInt((Deviation deviation) -> order.indexOf(deviation.departmentId()))
              .thenComparing(Deviation::id))
          .map(deviation -> view(deviation, annual)).toList();
      return new ControlView(year, control.flaggedAt(), control.conclusions(), control.compiledBy(),
          control.compiledAt(), readable);
    });
  }

  /** Every deviation of the year, as the application reads them for its forms and the steering committee's agenda. */
  @Transactional(readOnly = true)
  ControlView whole(int year) {
    return view(year, SYSTEM).orElseThrow(() -> ControlProblems.notFlagged(year));
  }

  /** Whoever reads every department's deviations: the strategy unit and the management, and the steering committee. */
  boolean readsAll(Caller caller) {
    return caller.seesEverything()
        || caller.groups().contains(Organization.committeeGroupId(organization.steeringCommittee().id()));
  }

  private ControlYear year(int year) {
    return years.findById(year).orElseThrow(() -> ControlProblems.notFlagged(year));
  }

  private DeviationView view(Deviation deviation, Map<String, ReportView> annual) {
    var outcome = outcome(deviation, annual.get(deviation.departmentId()));
    return new DeviationView(deviation.id(), deviation.departmentId(), organization.unitName(deviation.departmentId()),
        deviation.subject(), deviation.subject().hebrewName(), deviation.code(), deviation.reason(), deviation.title(),
        deviation.detail(), deviation.cause(), deviation.correctiveAction(), deviation.actionDue(),
        deviation.explainedBy(), deviation.explainedAt(), outcome.annualStatus(), outcome.outcome(),
        outcome.outcome().hebrewName());
  }

  /** What the annual report handed in shows of the deviation's subject, by the same rules. */
  private AnnualOutcome outcome(Deviation deviation, ReportView annual) {
    if (annual == null) {
      return new AnnualOutcome(null, Outcome.NOT_YET);
    }
    if (deviation.subject() == DeviationSubject.TARGET) {
      return annual.indicators().stream()
          .filter(line -> line.targetId() == deviation.subjectId() && line.indicator().equals(deviation.title()))
          .findFirst().map(line -> {
            var status = targetStatus.statusOf(annual, line);
            if ("none".equals(status.status())) {
              return new AnnualOutcome(status.statusName(), Outcome.NOT_YET);
            }
            var finding = rules.ofTarget(status.status());
            return new AnnualOutcome(status.statusName(), finding.isEmpty() ? Outcome.WORKED
                : "red-target".equals(deviation.code()) && !"red-target".equals(finding.get().code()) ? Outcome.PARTLY
                    : Outcome.NOT_WORKED);
          }).orElse(new AnnualOutcome(null, Outcome.NOT_YET));
    }
    return annual.activities().stream().filter(line -> line.activityId() == deviation.subjectId()).findFirst()
        .map(line -> new AnnualOutcome(line.statusName(),
            rules.ofActivity(line.status(), Money.of(annual, line.activityId()).ratio()).isEmpty() ? Outcome.WORKED
                : Outcome.NOT_WORKED))
        .orElse(new AnnualOutcome(null, Outcome.DROPPED));
  }

  private Map<String, ReportView> semiAnnual(int year) {
    return handedIn(year, Round.SEMI_ANNUAL);
  }

  private Map<String, ReportView> annual(int year) {
    return handedIn(year, Round.ANNUAL);
  }

  /** The newest version of each department's report of the round, when it was handed in, by department. */
  private Map<String, ReportView> handedIn(int year, Round round) {
    var byDepartment = new HashMap<String, ReportView>();
    measurement.newestReports(year).stream()
        .filter(report -> report.round() == round && report.status().handedIn())
        .forEach(report -> byDepartment.put(report.departmentId(), report));
    return byDepartment;
  }

  private record AnnualOutcome(String annualStatus, Outcome outcome) {
  }

  /** An activity's money in a report: planned for the year and spent so far. */
  record Money(BigDecimal planned, BigDecimal actual) {

    static Money of(ReportView report, long activityId) {
      var planned = BigDecimal.ZERO;
      var actual = BigDecimal.ZERO;
      for (var line : report.spending()) {
        if (line.activityId() == activityId) {
          planned = planned.add(line.planned());
          actual = actual.add(line.actual() == null ? BigDecimal.ZERO : line.actual());
        }
      }
      return new Money(planned, actual);
    }

    BigDecimal ratio() {
      return DeviationRules.executionRatio(planned, actual);
    }
  }
}
