package org.maagal.workplans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.maagal.workplans.BookOfWorkPlans.Activity;
import org.maagal.workplans.BookOfWorkPlans.DepartmentPlan;
import org.maagal.workplans.BookOfWorkPlans.Line;
import org.maagal.workplans.BookOfWorkPlans.Target;
import org.maagal.workplans.BookOfWorkPlans.Total;

/**
 * A small book written out by hand: two departments, budget lines from four sources, one line cut
 * (which no total counts), Latin and digits inside Hebrew, and characters that mean something in markup.
 * The totals are summed here, independently of the writers.
 */
final class BookSample {

  static final String MUNICIPALITY = "עיריית נווה גנים";
  static final int YEAR = 2027;
  /** 30 Nov 2026, 23:30 in Israel (UTC+2). */
  static final Instant COMPILED_AT = Instant.parse("2026-11-30T21:30:00Z");
  static final String CUT = "קוצץ";

  static final String EDUCATION = "מחלקת חינוך";
  /** Longer than Excel's 31 characters for a sheet name, with a slash and a colon it refuses. */
  static final String SANITATION = "אגף שפ\"ע: תברואה/איכות הסביבה ושיפור פני העיר";

  static final String EDUCATION_DOMAIN = "חינוך";
  static final String ENVIRONMENT_DOMAIN = "איכות סביבה";

  static final Target MATRICULATION = new Target(EDUCATION_DOMAIN, "מיצוי הפוטנציאל של כל תלמיד",
      "העלאת שיעור הזכאות לבגרות", List.of("אחוז הזכאים לתעודת בגרות", "אחוז הזכאים ל-5 יח\"ל במתמטיקה"));
  static final Target SCIENCE = new Target(EDUCATION_DOMAIN, "מיצוי הפוטנציאל של כל תלמיד",
      "הגדלת מספר הבנות במגמות STEM", List.of("מספר בנות במגמות מדעים"));
  static final Target RECYCLING = new Target(ENVIRONMENT_DOMAIN, "עיר נקייה ומקיימת",
      "הגדלת שיעור המיחזור", List.of("אחוז הפסולת הממוחזרת"));
  static final Target CLEAN_STREETS = new Target(ENVIRONMENT_DOMAIN, "עיר נקייה ומקיימת",
      "שיפור תחושת הניקיון ברחובות", List.of("שביעות רצון מניקיון (סקר תושבים)"));

  static final Activity MATHS = activity("תגבור מתמטיקה בחטיבות הביניים", "רונית כהן",
      LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
      List.of("גיוס 12 מורים", "פתיחת 8 קבוצות", "", "סיכום שנה והערכה"), "120 תלמידים בתגבור",
      List.of(MATRICULATION.target()),
      new Line("1-812-750", "שכר מורים", "תקציב רגיל", "תקציב עירוני", new BigDecimal("450000"), "מאושר"),
      new Line("1-812-780", "חומרי לימוד", "תקציב רגיל", "משרד החינוך", new BigDecimal("80000"), "מאושר"));
  static final Activity STEM = activity("תכנית STEM לבנות בשיתוף Intel", "ד\"ר מיכל לוי",
      LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31),
      List.of("הסכם עם השותפים", "3 סדנאות", "תחרות רובוטיקה", "כנס סיום"), "200 משתתפות",
      List.of(SCIENCE.target(), MATRICULATION.target()),
      new Line("1-817-410", "תכניות העשרה", "תקציב רגיל", "משרד החינוך", new BigDecimal("1250000"), "מאושר"),
      new Line("1-817-420", "הסעות", "תקציב רגיל", "תרומות", new BigDecimal("95000"), "מאושר"),
      new Line("1-817-430", "ציוד מחשבים", "תקציב רגיל", "תקציב עירוני", new BigDecimal("60000"), CUT));
  static final Activity LABS = activity("שיפוץ מעבדות <מדעים> & כימיה", "אבי מזרחי",
      LocalDate.of(2027, 6, 1), LocalDate.of(2027, 9, 30),
      List.of("", "תכנון", "ביצוע בחופש הגדול", "מסירה"), "4 מעבדות משופצות",
      List.of(SCIENCE.target()),
      new Line("2-813-100", "שיפוץ מבני חינוך", "תב\"ר", "מפעל הפיס", new BigDecimal("2400000"), "מאושר"),
      new Line("2-813-100", "שיפוץ מבני חינוך", "תב\"ר", "תקציב עירוני", new BigDecimal("600000"), "ממתין"));

  static final Activity BINS = activity("פריסת פחים כתומים בכל השכונות", "יוסי אברהם",
      LocalDate.of(2027, 1, 15), LocalDate.of(2027, 5, 31),
      List.of("מכרז", "פריסה בשכונות 1–6", "פריסה בשכונות 7–12", ""), "1,500 פחים",
      List.of(RECYCLING.target()),
      new Line("1-713-200", "פחים ומכלים", "תקציב רגיל", "המשרד להגנת הסביבה", new BigDecimal("730000"), "מאושר"),
      new Line("1-713-210", "הסברה", "תקציב רגיל", "תקציב עירוני", new BigDecimal("45500"), "מאושר"));
  static final Activity SWEEPING = activity("ניקיון רחובות בלילה", "שרה פרץ",
      LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31),
      List.of("", "הפעלת 2 משמרות", "הרחבה ל-3 משמרות", "בדיקת שביעות רצון"), "40 ק\"מ רחובות בלילה",
      List.of(CLEAN_STREETS.target()),
      new Line("1-712-100", "שכר עובדי ניקיון", "תקציב רגיל", "תקציב עירוני", new BigDecimal("1820000"), "מאושר"),
      new Line("1-712-150", "רכב טיאוט", "תקציב רגיל", "תקציב עירוני", new BigDecimal("380000"), "מאושר"),
      new Line("1-712-160", "דלק", "תקציב רגיל", "תקציב עירוני", new BigDecimal("120000"), "מאושר"));

  static final DepartmentPlan EDUCATION_PLAN = department("education", EDUCATION, 2, "מאושרת",
      List.of(MATRICULATION, SCIENCE), MATHS, STEM, LABS);
  static final DepartmentPlan SANITATION_PLAN = department("sanitation", SANITATION, 1, "הוגשה",
      List.of(RECYCLING, CLEAN_STREETS), BINS, SWEEPING);

  static final BookOfWorkPlans BOOK = book();

  private BookSample() {
  }

  /** The amount the book counts: every line that was not cut. */
  static BigDecimal counted(List<Line> lines) {
    return lines.stream().filter(line -> !CUT.equals(line.status())).map(Line::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The CEO's emphases as the book sums them: the education plan serves the first, nothing the second. */
  static final String SERVED_EMPHASIS = "1. חיזוק החינוך הבלתי פורמלי";
  static final String UNSERVED_EMPHASIS = "2. מיצוי משאבים חיצוניים" + BookText.UNSERVED;

  static List<Line> lines(DepartmentPlan department) {
    return department.activities().stream().flatMap(activity -> activity.lines().stream()).toList();
  }

  static BigDecimal bySource(String source) {
    return counted(List.of(EDUCATION_PLAN, SANITATION_PLAN).stream().flatMap(d -> lines(d).stream())
        .filter(line -> line.source().equals(source)).toList());
  }

  static Activity activity(String title, String owner, LocalDate start, LocalDate end, List<String> milestones,
      String output, List<String> targets, Line... lines) {
    return new Activity(title, owner, start, end, milestones, output, targets, List.of(lines),
        counted(List.of(lines)));
  }

  static DepartmentPlan department(String id, String name, int version, String status, List<Target> targets,
      Activity... activities) {
    var total = counted(List.of(activities).stream().flatMap(a -> a.lines().stream()).toList());
    return new DepartmentPlan(id, name, version, status, targets, List.of(activities), total, null);
  }

  private static BookOfWorkPlans book() {
    var departments = List.of(EDUCATION_PLAN, SANITATION_PLAN);
    var byDomain = List.of(new Total(EDUCATION_DOMAIN, EDUCATION_PLAN.total()),
        new Total(ENVIRONMENT_DOMAIN, SANITATION_PLAN.total()));
    var bySource = totals(departments.stream().flatMap(d -> lines(d).stream()).toList(), Line::source);
    var total = departments.stream().map(DepartmentPlan::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    var byEmphasis = List.of(new Total(SERVED_EMPHASIS, EDUCATION_PLAN.total()),
        new Total(UNSERVED_EMPHASIS, BigDecimal.ZERO));
    return new BookOfWorkPlans(MUNICIPALITY, YEAR, COMPILED_AT, departments, byDomain, bySource, byEmphasis, total);
  }

  private static List<Total> totals(List<Line> lines, Function<Line, String> key) {
    Map<String, List<Line>> grouped = new LinkedHashMap<>();
    lines.forEach(line -> grouped.computeIfAbsent(key.apply(line), k -> new ArrayList<>()).add(line));
    return grouped.entrySet().stream().map(e -> new Total(e.getKey(), counted(e.getValue()))).toList();
  }
}
