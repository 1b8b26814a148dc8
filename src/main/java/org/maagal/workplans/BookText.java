package org.maagal.workplans;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;
import org.maagal.workplans.BookOfWorkPlans.Activity;

/** The words and formats that the book's XLSX and PDF share, so that both files say the same thing the same way. */
final class BookText {

  static final String TITLE = "ספר תכניות העבודה";
  static final String SUMMARY = "סיכום";
  static final String CONTENTS = "תוכן העניינים";
  static final String BY_DOMAIN = "לפי תחום";
  static final String BY_SOURCE = "לפי מקור מימון";
  static final String BY_EMPHASIS = "לפי דגש ניהולי (פעילות המשרתת כמה דגשים נספרת בכל אחד)";
  static final String EMPHASIS = "דגש ניהולי";
  static final String UNSERVED = " — אין פעילות המשרתת אותו";
  static final String BY_DEPARTMENT = "לפי מחלקה";
  static final String GRAND_TOTAL = "סך הכל";
  static final String DOMAIN = "תחום";
  static final String GOAL = "מטרה";
  static final String TARGETS = "יעדים";
  static final String DEPARTMENT = "מחלקה";
  static final String VERSION = "גרסה";
  static final String STATUS = "סטטוס";
  static final String ACTIVITIES = "פעילויות";
  static final String ACTIVITY = "פעילות";
  static final String OWNER = "אחראי";
  static final String START = "התחלה";
  static final String END = "סיום";
  static final String DATES = "מועדים";
  static final String MILESTONES = "אבני דרך";
  static final String OUTPUT_MEASURE = "מדד תפוקה";
  static final String LINKED_TARGETS = "יעדים מקושרים";
  static final String BUDGET = "תקציב";
  static final String CLAUSE_CODE = "סעיף";
  static final String CLAUSE_NAME = "שם הסעיף";
  static final String TYPE = "סוג";
  static final String SOURCE = "מקור מימון";
  static final String AMOUNT = "סכום";
  static final String ACTIVITY_TOTAL = "סה״כ לפעילות";
  static final String DEPARTMENT_TOTAL = "סה״כ למחלקה";
  static final String COMPILED = "הופק";
  static final String NONE = "—";
  static final int QUARTERS = 4;

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private BookText() {
  }

  /** "רבעון 1" to "רבעון 4". */
  static String quarter(int quarter) {
    return "רבעון " + quarter;
  }

  /** An activity's milestone for a quarter (1–4); blank where the plan has none. */
  static String milestone(Activity activity, int quarter) {
    List<String> milestones = activity.milestones();
    return milestones == null || milestones.size() < quarter ? "" : text(milestones.get(quarter - 1));
  }

  /** Whole shekels with thousands separators and the shekel sign after, as a Hebrew reader expects: "1,250,000 ₪". */
  static String amount(BigDecimal amount) {
    return IsraeliFormat.shekels(amount);
  }

  static String day(LocalDate day) {
    return IsraeliFormat.day(day);
  }

  /** When the book was compiled, in the municipality's time. */
  static String compiled(Instant at) {
    return at == null ? "" : MOMENT.format(at.atZone(ApplicationClock.ISRAEL));
  }

  static String text(String text) {
    return text == null ? "" : text.strip();
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
