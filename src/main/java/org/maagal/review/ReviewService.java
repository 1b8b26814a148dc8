package org.maagal.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.maagal.forms.FormText;
import org.maagal.forms.FormValues;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review's steps: the rules flag the significant gaps, the strategy unit adds its own and closes the
 * list, each department explains its gaps and proposes a treatment, the strategy unit records lessons and
 * successes, and the steering committee decides which gaps carry into next year. Nothing is deleted.
 */
@Service("reviewService")
public class ReviewService {

  private static final int LONGEST_TEXT = 4000;

  private final Gaps gaps;
  private final YearReviews years;
  private final ReviewRecords records;
  private final ResultsService results;
  private final Organization organization;
  private final Clock clock;
  private final BigDecimal adherenceThreshold;

  ReviewService(Gaps gaps, YearReviews years, ReviewRecords records, ResultsService results,
      Organization organization, Clock clock,
      @Value("${maagal.review.adherence-threshold:70}") BigDecimal adherenceThreshold) {
    this.gaps = gaps;
    this.years = years;
    this.records = records;
    this.results = results;
    this.organization = organization;
    this.clock = clock;
    this.adherenceThreshold = adherenceThreshold;
  }

  // --- the process's steps

  /**
   * Opens the year's review and flags its gaps by rule (once; a restarted step finds them): every red
   * indicator, to the department that owns it, and every department whose share of activities on time is
   * below the threshold.
   */
  @Transactional
  public void flag(int year) {
    if (years.existsById(year)) {
      return;
    }
    years.save(new YearReview(year));
    var now = Instant.now(clock);
    var computed = results.compute(year);
    for (var domain : computed.domains()) {
      for (var goal : domain.goals()) {
        for (var target : goal.targets()) {
          target.indicators().stream()
              .filter(indicator -> "red".equals(indicator.status()) && indicator.ownerDepartmentId() != null)
              .forEach(indicator -> gaps.save(new Gap(year, indicator.ownerDepartmentId(), Gap.Source.RULE,
                  GapKind.RED_TARGET, target.targetId(), indicator.indicator(), "יעד באדום: " + indicator.indicator(),
                  redDetail(target.target(), indicator), Organization.SYSTEM, now)));
        }
      }
    }
    for (var department : computed.departments()) {
      var adherence = department.adherence();
      if (adherence != null && adherence.onTimePercent() != null
          && adherence.onTimePercent().compareTo(adherenceThreshold) < 0) {
        gaps.save(new Gap(year, department.departmentId(), Gap.Source.RULE, GapKind.LOW_ADHERENCE, null, null,
            "עמידה נמוכה בתכנית העבודה: " + adherence.onTimePercent() + "% מהפעילויות בזמן",
            adherence.onTime() + " מתוך " + adherence.activities() + " פעילויות בזמן (הסף: " + adherenceThreshold
                + "%)" + (adherence.executionPercent() == null ? ""
                    : "; ביצוע תקציב " + adherence.executionPercent() + "%"), Organization.SYSTEM, now));
      }
    }
  }

  private static String redDetail(String target, ResultsView.IndicatorResult indicator) {
    String unit = indicator.unit() == null ? "" : " " + indicator.unit();
    return "היעד: " + target + ". בפועל " + plain(indicator.actual()) + unit + " מול יעד "
        + plain(indicator.target().value()) + unit + " ב-" + indicator.target().year() + " (בסיס "
        + plain(indicator.baseline().value()) + " ב-" + indicator.baseline().year() + ")"
        + (indicator.progressRatio() == null ? ""
            : "; הושגו " + indicator.progressRatio().movePointRight(2).stripTrailingZeros().toPlainString()
                + "% מההתקדמות המצופה עד כה");
  }

  /** The strategy unit closes the list of gaps: from now on the departments explain them. */
  @Transactional
  public void closeGaps(int year, String by) {
    review(year).closeGaps(by, Instant.now(clock));
  }

  /** The departments with gaps to explain, in the organisation's order (the review's fan-out). */
  @Transactional(readOnly = true)
  public List<String> departmentsWithGaps(int year) {
    var with = gaps.findByCycleYearOrderByIdAsc(year).stream().map(Gap::departmentId).distinct().toList();
    return organization.departmentIds().stream().filter(with::contains).toList();
  }

  /** The department's gaps, one task each. */
  @Transactional(readOnly = true)
  public List<Long> gapIdsOf(int year, String departmentId) {
    return gaps.findByCycleYearAndDepartmentIdOrderByIdAsc(year, departmentId).stream().map(Gap::id).toList();
  }

  @Transactional(readOnly = true)
  public ResultsView.GapView gap(long gapId) {
    var gap = gaps.findById(gapId).orElseThrow(() -> new IllegalStateException("No gap " + gapId));
    return records.view(gap, years.findById(gap.cycleYear()).orElse(null));
  }

  /** The department's explanation of a gap and the treatment it proposes; both are required. */
  @Transactional
  public void explain(long gapId, String explanation, String treatment, String by) {
    var problems = new ArrayList<String>();
    requireText(explanation, "הסבר הפער", problems);
    requireText(treatment, "הטיפול המוצע", problems);
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    gaps.findById(gapId).orElseThrow(() -> new IllegalStateException("No gap " + gapId))
        .explain(explanation.strip(), treatment.strip(), by, Instant.now(clock));
  }

  /** The strategy unit's lessons and successes of the year; both are required. */
  @Transactional
  public void recordLessons(int year, String lessons, String successes, String by) {
    var problems = new ArrayList<String>();
    requireText(lessons, "הלקחים", problems);
    requireText(successes, "ההצלחות", problems);
    if (!problems.isEmpty()) {
      throw FormValues.refuse(problems);
    }
    review(year).recordLessons(lessons.strip(), successes.strip(), by, Instant.now(clock));
  }

  /** The steering committee's decision: every gap it did not mark otherwise carries into next year. */
  @Transactional
  public void decide(int year, String by) {
    gaps.findByCycleYearOrderByIdAsc(year).stream().filter(gap -> gap.carried() == null)
        .forEach(gap -> gap.carry(true));
    review(year).decide(by, Instant.now(clock));
  }

  private static void requireText(String text, String what, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add("חסר: " + what);
    } else if (text.length() > LONGEST_TEXT) {
      problems.add(what + " ארוך מ-" + LONGEST_TEXT + " תווים");
    }
  }

  // --- the API's actions

  @Transactional(readOnly = true)
  public List<ResultsView.GapView> gaps(int year, Caller caller) {
    return records.gaps(year).stream()
        .filter(gap -> results.readsAll(caller) || organization.reads(caller, gap.departmentId())).toList();
  }

  /** The strategy unit adds a gap while the list is open. */
  @Transactional
  public ResultsView.GapView add(int year, GapInput input, Caller caller) {
    if (!caller.has(Role.STRATEGY_UNIT)) {
      throw ReviewProblems.onlyStrategyUnit();
    }
    var review = years.findById(year).orElseThrow(() -> ReviewProblems.notOpenYet(year));
    if (review.gapsClosed()) {
      throw ReviewProblems.gapsClosed(year);
    }
    var department = input.departmentId() == null ? null
        : organization.department(input.departmentId()).filter(unit -> unit.id().equals(input.departmentId()))
            .orElse(null);
    var problems = new ArrayList<String>();
    if (department == null) {
      problems.add("יש לבחור מחלקה מהמחלקות של הרשות" + (input.departmentId() == null ? ""
          : " ('" + input.departmentId() + "' אינה אחת מהן)"));
    }
    requireText(input.title(), "כותרת הפער", problems);
    if (input.detail() != null && input.detail().length() > LONGEST_TEXT) {
      problems.add("הפירוט ארוך מ-" + LONGEST_TEXT + " תווים");
    }
    if (!problems.isEmpty()) {
      throw ReviewProblems.invalid(String.join("; ", problems));
    }
    var gap = gaps.save(new Gap(year, department.id(), Gap.Source.STRATEGY_UNIT, GapKind.OTHER, null, null,
        input.title().strip(), input.detail() == null || input.detail().isBlank() ? null : input.detail().strip(),
        caller.userId(), Instant.now(clock)));
    return records.view(gap, review);
  }

  /** A member of the steering committee marks whether a gap carries, between the lessons and the decision. */
  @Transactional
  public ResultsView.GapView carry(int year, long gapId, boolean carried, Caller caller) {
    if (!steering(caller)) {
      throw ReviewProblems.onlySteering();
    }
    var review = years.findById(year).orElseThrow(() -> ReviewProblems.notOpenYet(year));
    if (review.lessonsAt() == null || review.decided()) {
      throw ReviewProblems.notDeciding(year);
    }
    var gap = gaps.findById(gapId).filter(found -> found.cycleYear() == year)
        .orElseThrow(() -> ReviewProblems.noGap(year, gapId));
    gap.carry(carried);
    return records.view(gap, review);
  }

  // --- texts for the forms and for next year

  /** The gaps in a few lines each, with their explanations and whether they carry, for the review's forms. */
  @Transactional(readOnly = true)
  public String summary(int year) {
    var all = records.gaps(year);
    if (all.isEmpty()) {
      return "לא נמצאו פערים משמעותיים";
    }
    var lines = new ArrayList<String>();
    for (var gap : all) {
      lines.add("• " + gap.departmentName() + " — " + gap.title()
          + (gap.explanation() == null ? "" : "\n  הסבר: " + gap.explanation() + "\n  טיפול מוצע: " + gap.treatment())
          + (gap.carried() == null ? "" : gap.carried() ? "\n  עובר לשנה הבאה" : "\n  לא עובר לשנה הבאה"));
    }
    return FormText.of(lines, "הרשימה המלאה בדף הסקירה /review/?year=" + year);
  }

  /** The gaps of the year that the steering committee carried into the next, for the next year's city picture. */
  @Transactional(readOnly = true)
  public List<ResultsView.GapView> carriedGaps(int year) {
    return records.gaps(year).stream().filter(gap -> Boolean.TRUE.equals(gap.carried())).toList();
  }

  /** The gaps of the year that carry into the next, for the department's next situation assessment. */
  @Transactional(readOnly = true)
  public String carriedGapsOf(int year, String departmentId) {
    var lines = new ArrayList<String>();
    for (var gap : records.gapsOf(year, departmentId)) {
      if (Boolean.TRUE.equals(gap.carried())) {
        lines.add("• " + gap.title() + (gap.explanation() == null ? "" : "\n  הסבר: " + gap.explanation())
            + (gap.treatment() == null ? "" : "\n  טיפול מוצע: " + gap.treatment()));
      }
    }
    if (lines.isEmpty()) {
      return "";
    }
    lines.add(0, "פערים מ-" + year + " שוועדת ההיגוי העבירה לשנה זו:");
    return FormText.of(lines, "כולם בדף הסקירה /review/?year=" + year);
  }

  private YearReview review(int year) {
    return years.findById(year).orElseThrow(() -> new IllegalStateException("No review of " + year));
  }

  private static String plain(BigDecimal value) {
    return value == null ? "—" : value.stripTrailingZeros().toPlainString();
  }

  // --- the review page

  /** Where the year's review stands, the gaps the caller reads and what the caller may do now. */
  @Transactional(readOnly = true)
  ReviewState state(int year, Caller caller) {
    var review = years.findById(year).orElse(null);
    boolean steering = steering(caller);
    String state = review == null ? "not-open" : !review.gapsClosed() ? "listing"
        : review.lessonsAt() == null ? "explaining" : !review.decided() ? "deciding" : "decided";
    String stateName = switch (state) {
      case "not-open" -> "שלב הניתוח וההערכה טרם נפתח";
      case "listing" -> "היחידה לתכנון אסטרטגי משלימה את רשימת הפערים";
      case "explaining" -> "המחלקות מסבירות את הפערים";
      case "deciding" -> "ועדת ההיגוי מחליטה אילו פערים עוברים לשנה הבאה";
      default -> "ועדת ההיגוי החליטה";
    };
    var visible = records.gaps(year).stream()
        .filter(gap -> results.readsAll(caller) || organization.reads(caller, gap.departmentId())).toList();
    return new ReviewState(year, state, stateName, "listing".equals(state) && caller.has(Role.STRATEGY_UNIT),
        "deciding".equals(state) && steering, visible);
  }

  private boolean steering(Caller caller) {
    return caller.groups().contains(organization.steeringCommittee().groupId());
  }
}
