package org.maagal.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;

/** The words and formats that the meeting pack and the minutes share, so that both say a meeting the same way. */
final class MeetingPaperText {

  static final String PACK = "חוברת ישיבה";
  static final String MINUTES = "פרוטוקול";
  static final String EXTRAORDINARY = "ישיבה שלא מן המניין";
  static final String CANCELLED = "הישיבה בוטלה";
  static final String PLACE = "מקום";
  static final String MEMBERS = "חברי הוועדה";
  static final String NAME = "שם";
  static final String SECTOR = "מגזר";
  static final String ROLE = "תפקיד";
  static final String CHAIR = "יו\"ר";
  static final String MEMBER = "חבר/ה";
  static final String AGENDA = "סדר היום";
  static final String NO_AGENDA = "אין נושאים בסדר היום.";
  static final String FOR_DECISION = "להחלטה";
  static final String FOR_DISCUSSION = "לדיון";
  static final String TO_READ = "לעיון";
  static final String MOVED = "הועבר מישיבה קודמת";
  static final String LATE_WORK = "עבודה באיחור שהגיעה לוועדה";
  static final String TASK = "משימה";
  static final String DAYS_LATE = "ימי עבודה באיחור";
  static final String REASON = "סיבת העיכוב";
  static final String OPEN_ACTIONS = "משימות פתוחות מישיבות קודמות";
  static final String NO_OPEN_ACTIONS = "אין משימות פתוחות מישיבות קודמות.";
  static final String ACTION = "משימה";
  static final String OWNER = "אחראי/ת";
  static final String GIVEN = "ניתנה בישיבה";
  static final String DUE = "מועד ביצוע";
  static final String STATE = "מצב";
  static final String LATE = "באיחור";
  static final String ON_TIME = "במועד";
  static final String ATTENDANCE = "נוכחות";
  static final String PRESENT = "נכחו";
  static final String ABSENT = "נעדרו";
  static final String NOBODY = "אין";
  static final String QUORUM = "מניין";
  static final String NOT_RECORDED = "הנוכחות לא נרשמה";
  static final String DISCUSSION = "עיקרי הדיון";
  static final String NO_DISCUSSION = "לא נרשם דיון.";
  static final String VOTE = "הצבעה";
  static final String ROUND = "סבב";
  static final String BY_CIRCULATION = "בסבב חתימות";
  static final String IN_FAVOUR = "בעד";
  static final String AGAINST = "נגד";
  static final String ABSTAIN = "נמנעים";
  static final String OUTCOME = "תוצאה";
  static final String WORDING = "נוסח ההחלטה";
  static final String NOT_VOTED = "לא הוצבע על הנושא בישיבה.";
  static final String ACTIONS_GIVEN = "משימות שהוטלו";
  static final String NO_ACTIONS = "לא הוטלו משימות.";
  static final String SUMMARY = "סיכום הישיבה";
  static final String NO_SUMMARY = "לא נכתב סיכום.";
  static final String MINUTES_STATUS = "מעמד הפרוטוקול";
  static final String VERSION = "גרסה";
  static final String DRAFT_MARK = "טיוטה — הפרוטוקול טרם הוגש ואושר";
  static final String REVIEW_COMMENTS = "הערות";

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private MeetingPaperText() {
  }

  /** "יום ראשון, 12/01/2031". */
  static String day(LocalDateTime at) {
    return weekday(at.getDayOfWeek()) + ", " + IsraeliFormat.day(at.toLocalDate());
  }

  /** "בשעות 10:00 עד 12:00": in words, since a dash between two hours reads backwards in a right-to-left line. */
  static String hours(LocalDateTime from, LocalDateTime to) {
    return "בשעות " + HOUR.format(from) + " עד " + HOUR.format(to);
  }

  /** A moment in the municipality's time: "12/01/2031 10:05". */
  static String moment(Instant at) {
    return at == null ? "" : MOMENT.format(at.atZone(ApplicationClock.ISRAEL));
  }

  static String kind(String kind) {
    return AgendaItem.Kind.DECISION.name().equals(kind) ? FOR_DECISION : FOR_DISCUSSION;
  }

  /** "נדרשים 3 מתוך 6 החברים". */
  static String required(int quorum, int members) {
    return "נדרשים " + quorum + " מתוך " + members + " החברים";
  }

  /** "נדרשים 3 מתוך 6 החברים; נכחו 6: יש מניין". */
  static String quorum(int quorum, int members, int present, Boolean met) {
    var required = required(quorum, members);
    if (met == null) {
      return required + "; " + NOT_RECORDED;
    }
    return required + "; נכחו " + present + ": " + (met ? "יש מניין" : "אין מניין, ולכן לא התקבלו החלטות");
  }

  static String weekday(DayOfWeek day) {
    return switch (day) {
      case SUNDAY -> "יום ראשון";
      case MONDAY -> "יום שני";
      case TUESDAY -> "יום שלישי";
      case WEDNESDAY -> "יום רביעי";
      case THURSDAY -> "יום חמישי";
      case FRIDAY -> "יום שישי";
      case SATURDAY -> "שבת";
    };
  }

  static String text(String text) {
    return text == null ? "" : text.strip();
  }

  static <T> List<T> list(List<T> list) {
    return list == null ? List.of() : list;
  }
}
