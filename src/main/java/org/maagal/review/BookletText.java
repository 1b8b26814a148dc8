package org.maagal.review;

import java.math.BigDecimal;
import java.util.List;
import org.maagal.documents.IsraeliFormat;
import org.maagal.goals.GoalTreeView.Measure;
import org.maagal.review.ResultsView.StatusCount;

/** The words and formats that the booklet's PDF and XLSX share, so that both files say the same thing the same way. */
final class BookletText {

  static final String TITLE = "חוברת המדידה";
  static final String CONTENTS = "תוכן העניינים";
  static final String SUMMARY = "סיכום";
  static final String ROUND = "סבב מדידה";
  static final String MEASURED_AT = "נכון ליום";
  static final String NO_ROUND = "טרם הוגש דיווח מדידה לשנה זו: המדדים מוצגים בלי ערכים וסטטוס.";
  static final String STATUS_COUNT = "סטטוס המדדים";
  static final String INDICATORS_COUNT = "מספר מדדים";
  static final String TOTAL = "סך הכל";
  static final String ADHERENCE = "עמידה בתכנית העבודה ובתקציב";
  static final String CITY = "כלל העירייה";
  static final String ON_TIME = "פעילויות שבוצעו בזמן";
  static final String BUDGET_ON_TIME = "בזמן, משוקלל לפי תקציב";
  static final String EXECUTION = "ביצוע תקציבי";
  static final String OUT_OF = "מתוך";
  static final String NO_ADHERENCE = "אין עדיין נתוני עמידה בתכנית ובתקציב.";
  static final String CEO_INDICATORS = "מדדי מנכ״ל";
  static final String NO_CEO_INDICATORS = "לא סומנו מדדי מנכ״ל בעץ המטרות.";
  static final String DOMAIN = "תחום";
  static final String GOAL = "מטרה";
  static final String TARGET = "יעד";
  static final String INDICATOR = "מדד";
  static final String UNIT = "יחידת מידה";
  static final String DIRECTION = "כיוון";
  static final String OWNER = "מחלקה אחראית";
  static final String BASELINE = "ערך בסיס";
  static final String BASELINE_YEAR = "שנת בסיס";
  static final String TARGET_VALUE = "ערך יעד";
  static final String TARGET_YEAR = "שנת יעד";
  static final String SEMI_ANNUAL = "חצי שנתי";
  static final String ANNUAL = "שנתי";
  static final String STATUS = "סטטוס";
  static final String NOTE = "הערה";
  static final String NO_INDICATORS = "אין מדדים בעץ המטרות המאושר.";
  static final String INDICATORS = "מדדים";
  static final String DEPARTMENTS = "עמידה לפי מחלקה";
  static final String DEPARTMENT = "מחלקה";
  static final String SEMI_ANNUAL_REPORT = "דיווח חצי שנתי";
  static final String ANNUAL_REPORT = "דיווח שנתי";
  static final String NOT_SUBMITTED = "לא הוגש";
  static final String NO_DEPARTMENTS = "אין מחלקות עם תכנית עבודה מאושרת.";
  static final String CONTROL = "בקרת אמצע שנה";
  static final String NO_CONTROL = "בקרת אמצע השנה לא סימנה חריגות.";
  static final String DEVIATION = "חריגה";
  static final String CORRECTIVE_ACTION = "פעולה מתקנת";
  static final String DUE = "מועד";
  static final String AT_ANNUAL = "בסבב השנתי";
  static final String GAPS = "פערים מהותיים";
  static final String NO_GAPS = "לא נמצאו פערים מהותיים.";
  static final String GAP = "פער";
  static final String KIND = "סוג";
  static final String DETAIL = "פירוט";
  static final String EXPLANATION = "הסבר המחלקה";
  static final String NOT_EXPLAINED = "טרם הוסבר";
  static final String TREATMENT = "טיפול מוצע";
  static final String CARRIED = "יועבר לשנה הבאה";
  static final String YES = "כן";
  static final String NO = "לא";
  static final String UNDECIDED = "טרם הוחלט";
  static final String LESSONS_AND_SUCCESSES = "לקחים והצלחות";
  static final String LESSONS = "לקחים";
  static final String SUCCESSES = "הצלחות";
  static final String NO_LESSONS = "טרם נרשמו לקחים.";
  static final String NO_SUCCESSES = "טרם נרשמו הצלחות.";
  static final String YEAR_OF = "שנת";
  static final String NONE = "—";

  /** The statuses in the order the booklet counts them, with the word that says each one beside its colour. */
  enum Status {
    GREEN("green", "ירוק"), AMBER("amber", "צהוב"), RED("red", "אדום"), NONE("none", "לא דווח");

    final String code;
    final String word;

    Status(String code, String word) {
      this.code = code;
      this.word = word;
    }

    int of(StatusCount count) {
      if (count == null) {
        return 0;
      }
      return switch (this) {
        case GREEN -> count.green();
        case AMBER -> count.amber();
        case RED -> count.red();
        case NONE -> count.none();
      };
    }

    /** A status as the view writes it; an unknown or missing one counts as not reported. */
    static Status of(String code) {
      for (Status status : values()) {
        if (status.code.equals(code)) {
          return status;
        }
      }
      return NONE;
    }
  }

  private BookletText() {
  }

  /** The view's Hebrew name of a status, or the booklet's word when it has none. */
  static String statusWord(String status, String statusName) {
    var name = text(statusName);
    return name.isEmpty() ? Status.of(status).word : name;
  }

  static int total(StatusCount count) {
    return count == null ? 0 : count.green() + count.amber() + count.red() + count.none();
  }

  /** "ירוק 3 · צהוב 1 · אדום 0 · לא דווח 2". */
  static String counts(StatusCount count) {
    var parts = new StringBuilder();
    for (Status status : Status.values()) {
      if (!parts.isEmpty()) {
        parts.append(" · ");
      }
      parts.append(status.word).append(' ').append(status.of(count));
    }
    return parts.toString();
  }

  /** A value in its unit: "72.5%" for a percentage, "1,250" otherwise; blank when there is none. */
  static String value(BigDecimal value, String unit) {
    if (value == null) {
      return "";
    }
    return "%".equals(text(unit)) ? IsraeliFormat.percent(value) : IsraeliFormat.number(value);
  }

  static String value(Measure measure, String unit) {
    return measure == null ? "" : value(measure.value(), unit);
  }

  static String year(Measure measure) {
    return measure == null || measure.year() == null ? "" : YEAR_OF + " " + measure.year();
  }

  /** The steering committee's decision on a gap: carried, not carried, or not decided yet. */
  static String carried(Boolean carried) {
    return carried == null ? UNDECIDED : carried ? YES : NO;
  }

  static String text(String text) {
    return text == null ? "" : text.strip();
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
