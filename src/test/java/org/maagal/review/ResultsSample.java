package org.maagal.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.maagal.control.DeviationSubject;
import org.maagal.control.DeviationView;
import org.maagal.control.Outcome;
import org.maagal.goals.Direction;
import org.maagal.goals.GoalTreeView.Measure;
import org.maagal.measurement.Adherence;
import org.maagal.measurement.Round;
import org.maagal.review.ResultsView.DepartmentResults;
import org.maagal.review.ResultsView.DomainResults;
import org.maagal.review.ResultsView.GapView;
import org.maagal.review.ResultsView.GoalResults;
import org.maagal.review.ResultsView.IndicatorResult;
import org.maagal.review.ResultsView.Lessons;
import org.maagal.review.ResultsView.StatusCount;
import org.maagal.review.ResultsView.TargetResults;

/**
 * Small results written out by hand: a city's annual round with an indicator at each status (two of them the
 * CEO's), percentages and counts, Latin and markup characters inside Hebrew, a gap explained and decided
 * and one neither; and a department's booklet before any round, with nothing to show but its tree.
 */
final class ResultsSample {

  static final String MUNICIPALITY = "עיריית נווה גנים";
  static final int YEAR = 2027;
  static final String EDUCATION = "מחלקת חינוך";
  static final String SANITATION = "אגף שפ״ע";
  static final String EDUCATION_DOMAIN = "חינוך";
  static final String ENVIRONMENT_DOMAIN = "איכות סביבה";

  static final IndicatorResult MATRICULATION = indicator("אחוז הזכאים לבגרות", "%", "education", EDUCATION, true,
      "72.5", "80", "74", "76.2", "amber", "צהוב", null);
  static final IndicatorResult YOUTH = indicator("מספר החניכים בתנועות", "חניכים", "education", EDUCATION, false,
      "528", "1250", "610", "1040", "green", "ירוק", null);
  static final IndicatorResult STEM = indicator("בנות במגמות STEM <מדעים> & הנדסה", "תלמידות", "education",
      EDUCATION, false, "120", "200", "150", "210", "green", "ירוק", "כולל שתי מגמות חדשות");
  /** The red one: it went down, and its department explains why in the gap below. */
  static final IndicatorResult RECYCLING = indicator("אחוז הפסולת הממוחזרת", "%", "sanitation", SANITATION, true,
      "18", "30", "17.5", "16", "red", "אדום", null);
  static final IndicatorResult CLEANLINESS = indicator("שביעות רצון מניקיון", "ציון", "sanitation", SANITATION,
      false, "3.4", "4", null, null, "none", "לא דווח", null);

  static final Adherence EDUCATION_ADHERENCE = new Adherence(40, 29, new BigDecimal("72.5"), new BigDecimal("4875000"),
      new BigDecimal("3315000"), new BigDecimal("68.0"), new BigDecimal("2650000"), new BigDecimal("54.4"));
  static final Adherence SANITATION_ADHERENCE = new Adherence(12, 6, new BigDecimal("50.0"), new BigDecimal("3095500"),
      new BigDecimal("1200000"), new BigDecimal("38.8"), new BigDecimal("1900000"), new BigDecimal("61.4"));
  static final Adherence CITY_ADHERENCE = new Adherence(52, 35, new BigDecimal("67.3"), new BigDecimal("7970500"),
      new BigDecimal("4515000"), new BigDecimal("56.6"), new BigDecimal("4550000"), new BigDecimal("57.1"));

  /** The mid-year control: the recycling target was red at the semi-annual round and stayed red; a delayed activity finished. */
  static final List<DeviationView> CONTROL = List.of(
      new DeviationView(1, "sanitation", SANITATION, DeviationSubject.TARGET, "יעד", "red-target", "יעד באדום",
          "אחוז הפסולת הממוחזרת", "בפועל 17.5 מול יעד 30", "המכרז נדחה", "מכרז חדש",
          LocalDate.of(2027, 10, 31), "sanitation-manager", Instant.parse("2027-07-20T09:00:00Z"), "אדום",
          Outcome.NOT_WORKED, Outcome.NOT_WORKED.hebrewName()),
      new DeviationView(2, "education", EDUCATION, DeviationSubject.ACTIVITY, "פעילות", "delayed-activity",
          "פעילות באיחור", "שיפוץ המעבדות", "סטטוס: באיחור", "הקבלן התעכב", "החלפת הקבלן",
          LocalDate.of(2027, 11, 30), "education-manager", Instant.parse("2027-07-21T09:00:00Z"), "בוצע",
          Outcome.WORKED, Outcome.WORKED.hebrewName()));

  static final String RECYCLING_GAP = "שיעור המיחזור ירד";
  static final String RECYCLING_EXPLANATION = "המכרז לפינוי פסולת אריזות נדחה בחצי שנה";
  static final String LABS_GAP = "עיכוב בשיפוץ המעבדות";

  static final ResultsView CITY = new ResultsView(YEAR, null, null, Round.ANNUAL, "מדידה שנתית",
      LocalDate.of(2027, 12, 31), new StatusCount(2, 1, 1, 1),
      List.of(
          new DomainResults("education", EDUCATION_DOMAIN, new StatusCount(2, 1, 0, 0), List.of(
              new GoalResults("מיצוי הפוטנציאל של כל תלמיד", List.of(
                  new TargetResults(11, "העלאת שיעור הזכאות לבגרות", List.of(MATRICULATION)),
                  new TargetResults(12, "הגדלת מספר הבנות במגמות STEM", List.of(STEM)))),
              new GoalResults("בוגר ערכי ותורם לקהילה", List.of(
                  new TargetResults(13, "העלאת ההשתתפות בתנועות הנוער", List.of(YOUTH)))))),
          new DomainResults("environment", ENVIRONMENT_DOMAIN, new StatusCount(0, 0, 1, 1), List.of(
              new GoalResults("עיר נקייה ומקיימת", List.of(
                  new TargetResults(21, "הגדלת שיעור המיחזור", List.of(RECYCLING)),
                  new TargetResults(22, "שיפור תחושת הניקיון ברחובות", List.of(CLEANLINESS))))))),
      List.of(
          new DepartmentResults("education", EDUCATION, "אושר", "אושר", new StatusCount(2, 1, 0, 0),
              EDUCATION_ADHERENCE),
          new DepartmentResults("sanitation", SANITATION, "אושר", null, new StatusCount(0, 0, 1, 1),
              SANITATION_ADHERENCE)),
      CITY_ADHERENCE,
      List.of(
          new GapView(1, "sanitation", SANITATION, "rule", "red-target", "יעד באדום", 21L, RECYCLING.indicator(),
              RECYCLING_GAP, "16% בפועל מול יעד של 30%", RECYCLING_EXPLANATION, "מכרז חדש ברבעון הראשון",
              "dana", Instant.parse("2028-01-10T08:00:00Z"), true, "ceo", Instant.parse("2028-01-20T08:00:00Z")),
          new GapView(2, "education", EDUCATION, "strategy-unit", "low-adherence", "עמידה נמוכה בתכנית", null, null,
              LABS_GAP, "3 מתוך 5 פעילויות באיחור", null, null, null, null, null, null, null)),
      new Lessons("שיתוף הפעולה עם משרד החינוך קיצר את זמני הביצוע\nדיווח חצי שנתי מוקדם חשף פערים בזמן",
          "עלייה של 97% במספר החניכים", "strategy", Instant.parse("2028-01-25T08:00:00Z")));

  /** A department's booklet before its first report: no round, no adherence, no gaps, no lessons. */
  static final ResultsView BEFORE_ANY_ROUND = new ResultsView(YEAR, "education", EDUCATION, null, null, null,
      new StatusCount(0, 0, 0, 1),
      List.of(new DomainResults("education", EDUCATION_DOMAIN, new StatusCount(0, 0, 0, 1), List.of(
          new GoalResults("מיצוי הפוטנציאל של כל תלמיד", List.of(new TargetResults(11, "העלאת שיעור הזכאות לבגרות",
              List.of(indicator("אחוז הזכאים לבגרות", "%", "education", EDUCATION, false, "72.5", "80", null, null,
                  "none", "לא דווח", null)))))))),
      List.of(), null, List.of(), null);

  /**
   * A department's booklet of one indicator whose every text is the one given, as people typed it (a
   * department's, a domain's, a goal's, a target's, an indicator's name, a gap's title and explanation).
   */
  static ResultsView typedBy(String text) {
    var indicator = indicator(text, text, "education", text, true, "-5", "80", null, "-1200.5", "red", "באדום", text);
    return new ResultsView(YEAR, "education", text, Round.ANNUAL, "מדידה שנתית", LocalDate.of(2027, 12, 31),
        new StatusCount(0, 0, 1, 0),
        List.of(new DomainResults("education", text, new StatusCount(0, 0, 1, 0), List.of(
            new GoalResults(text, List.of(new TargetResults(11, text, List.of(indicator))))))),
        List.of(new DepartmentResults("education", text, "אושר", "אושר", new StatusCount(0, 0, 1, 0),
            EDUCATION_ADHERENCE)),
        EDUCATION_ADHERENCE,
        List.of(new GapView(1, "education", text, "rule", "red-target", "יעד באדום", 11L, text, text, text, text,
            text, "dana", Instant.parse("2028-01-10T08:00:00Z"), true, "ceo", Instant.parse("2028-01-20T08:00:00Z"))),
        new Lessons(text, text, "strategy", Instant.parse("2028-01-25T08:00:00Z")));
  }

  private ResultsSample() {
  }

  private static IndicatorResult indicator(String name, String unit, String ownerId, String owner, boolean ceo,
      String baseline, String target, String semiAnnual, String annual, String status, String statusName,
      String note) {
    var actual = annual != null ? annual : semiAnnual;
    return new IndicatorResult(name, unit, Direction.HIGHER_IS_BETTER, ownerId, owner, ceo,
        new Measure(new BigDecimal(baseline), 2025), new Measure(new BigDecimal(target), 2027), number(semiAnnual),
        number(annual), number(actual), status, statusName, null, note);
  }

  private static BigDecimal number(String value) {
    return value == null ? null : new BigDecimal(value);
  }
}
