package org.maagal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.maagal.reviewing.ReviewStatus;

/** A steering meeting with one member absent, two votes on one item, an action item given and one late from before. */
final class MeetingPapersSample {

  static final String MUNICIPALITY = "עיריית עין כרמית";
  static final String COMMITTEE = "ועדת היגוי";
  static final LocalDateTime STARTS = LocalDateTime.of(2031, 1, 12, 10, 0);
  static final String TREE = "אישור עץ המטרות 2031";
  static final String CALENDAR = "עדכון לוח הזמנים של המעגל";

  static final List<MeetingPapers.Member> MEMBERS = List.of(
      new MeetingPapers.Member("michal-ben-ami", "מיכל בן עמי", "הרשות המקומית", false),
      new MeetingPapers.Member("avner-golan", "אבנר גולן", "הרשות המקומית", true),
      new MeetingPapers.Member("eli-mizrahi", "אלי מזרחי", "הרשות המקומית", false),
      new MeetingPapers.Member("noa-barak", "נועה ברק", "הרשות המקומית", false),
      new MeetingPapers.Member("orna-katz", "אורנה כץ", "הרשות המקומית", false),
      new MeetingPapers.Member("irit-gal", "עירית גל", "ממשלה", false));

  private static final List<String> PRESENT = List.of("avner-golan", "eli-mizrahi", "irit-gal", "michal-ben-ami",
      "noa-barak");

  private MeetingPapersSample() {
  }

  static MeetingView meeting(MeetingStatus status) {
    var firstRound = new MeetingView.Decision(1, 1, false, Map.of("avner-golan", Choice.FOR, "eli-mizrahi",
        Choice.AGAINST, "irit-gal", Choice.ABSTAIN, "michal-ben-ami", Choice.FOR, "noa-barak", Choice.AGAINST), 2, 2,
        1, Outcome.TIE, Outcome.TIE.hebrewName(), null, Instant.parse("2031-01-12T08:40:00Z"));
    var secondRound = new MeetingView.Decision(2, 2, false, Map.of("avner-golan", Choice.FOR, "eli-mizrahi",
        Choice.FOR, "irit-gal", Choice.ABSTAIN, "michal-ben-ami", Choice.FOR, "noa-barak", Choice.AGAINST), 3, 1, 1,
        Outcome.APPROVED, Outcome.APPROVED.hebrewName(), "עץ המטרות אושר, בתנאי שיעד הנוער יימדד פעמיים בשנה",
        Instant.parse("2031-01-12T09:10:00Z"));
    var agenda = List.of(
        new MeetingView.Item(11, "DECISION", "DECIDED", TREE, "גרסה 3 של עץ המטרות, אחרי הערות הוועדה המעצבת.\n"
            + "השינויים: תחום הנוער פוצל לשתי מטרות.", "/goals/2031/diff?from=2&to=3", true, 1,
            "נדונה השאלה אם למדוד את יעד הנוער פעמיים בשנה (120 משתתפים, 72.5% התמדה).", List.of(firstRound,
                secondRound)),
        new MeetingView.Item(12, "DISCUSSION", "DISCUSSED", CALENDAR, null, null, false, 0, null, List.of()));
    var given = List.of(new MeetingView.Action(21, 7, "להכין נוסח מתוקן של יעד הנוער", "DEPARTMENT", "youth",
        "מחלקת נוער וצעירים", LocalDate.of(2031, 1, 26), false, null, null, null));
    return new MeetingView(7, "steering", COMMITTEE, 2031, STARTS, STARTS.plusHours(2), "לשכת ראש העירייה", status,
        status.hebrewName(), false, null, 6, 3, PRESENT, true, agenda, given, List.of(), null, List.of(), List.of());
  }

  static List<MeetingPapers.OpenAction> openFromEarlier() {
    return List.of(
        new MeetingPapers.OpenAction(new MeetingView.Action(5, 3, "לאסוף נתוני בסיס על נשירה מבתי הספר", "PERSON",
            "orna-katz", "אורנה כץ", LocalDate.of(2030, 12, 20), false, null, null, null), LocalDate.of(2030, 11, 3),
            true),
        new MeetingPapers.OpenAction(new MeetingView.Action(6, 3, "להציג את תקציב התחזוקה לפי מקורות מימון",
            "DEPARTMENT", "treasury", "גזברות", LocalDate.of(2031, 2, 1), false, null, null, null),
            LocalDate.of(2030, 11, 3), false));
  }

  static MeetingPapers pack() {
    return new MeetingPapers(MUNICIPALITY, "https://maagal.ein-karmit.example", meeting(MeetingStatus.INVITED),
        MEMBERS, openFromEarlier(), null);
  }

  static MeetingPapers minutes(ReviewStatus status, String summary) {
    var minutes = new MeetingPapers.MinutesState(1, status, summary, "נועה ברק", Instant.parse("2031-01-12T12:00:00Z"),
        status == ReviewStatus.APPROVED ? "אבנר גולן" : null,
        status == ReviewStatus.APPROVED ? Instant.parse("2031-01-14T07:30:00Z") : null, null);
    return new MeetingPapers(MUNICIPALITY, "https://maagal.ein-karmit.example",
        meeting(status == ReviewStatus.APPROVED ? MeetingStatus.MINUTES_APPROVED : MeetingStatus.HELD), MEMBERS,
        List.of(), minutes);
  }
}
