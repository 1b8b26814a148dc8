package org.maagal.demo;

import java.util.Map;
import org.maagal.control.MidYearControl;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.springframework.stereotype.Component;

/**
 * The demo year's mid-year control: each department answers each deviation of the semi-annual round with a cause and
 * a corrective action fitting what was flagged, and the strategy unit writes its conclusions, which puts the report
 * on the steering committee's next agenda.
 */
@Component
class DemoControl {

  private final DemoPeople people;
  private final MidYearControl control;
  private final ProcessFacts facts;

  DemoControl(DemoPeople people, MidYearControl control, ProcessFacts facts) {
    this.people = people;
    this.control = control;
    this.facts = facts;
  }

  void midYearControl(int year) {
    people.awaitJobs();
    people.completeAll(year, "explainDeviation", task -> answerTo(
        control.deviation(facts.of(task).number(Fact.DEVIATION_ID)).code(), year));
    people.completeAll(year, "compileControlReport", task -> Map.of("conclusions",
        "רוב החריגות נובעות מעיכובים ברכש ובגיוס צוות במחצית הראשונה. המחלקות הציגו פעולות מתקנות עם מועדים; "
            + "מומלץ שוועדת ההיגוי תאשר את הקדמת הרכש ותבקש דיווח ביניים מהמחלקות שיעדיהן באדום עד סוף אוקטובר."));
  }

  /** What a department says of a deviation, by what was flagged. */
  private static Map<String, Object> answerTo(String code, int year) {
    String due = switch (code) {
      case "red-target", "cancelled-activity" -> "31/10/";
      default -> "30/11/";
    } + year;
    return switch (code) {
      case "red-target" -> Map.of(
          "cause", "ההרשמה נפתחה באיחור והפרסום לא הגיע לשכונות החדשות, ולכן ההתקדמות במחצית נמוכה מהמצופה.",
          "correctiveAction", "פרסום ממוקד בשכונות החדשות, מפגש הסברה עם ועדי ההורים ומעקב חודשי אחר ההרשמה.",
          "actionDue", due);
      case "amber-target" -> Map.of(
          "cause", "הפעילות התחילה כמתוכנן אך בקצב איטי מהצפוי בחודשי הקיץ.",
          "correctiveAction", "תגבור הצוות בספטמבר–אוקטובר ובדיקת ההתקדמות בישיבת המחלקה החודשית.",
          "actionDue", due);
      case "delayed-activity" -> Map.of(
          "cause", "הליך הרכש נמשך זמן רב מהמתוכנן וגיוס הצוות התעכב.",
          "correctiveAction", "השלמת ההתקשרות עם הספק ופתיחת הפעילות בלוח זמנים מקוצר; דיווח רבעוני למנהל/ת האגף.",
          "actionDue", due);
      case "cancelled-activity" -> Map.of(
          "cause", "השותף החיצוני פרש מהפעילות.",
          "correctiveAction", "החלפת הפעילות בפעילות חלופית לאותו יעד; תיקון לתכנית העבודה יוגש לאישור.",
          "actionDue", due);
      default -> Map.of(
          "cause", "התשלומים לספק מתוכננים לאחר אספקת השירות במחצית השנייה.",
          "correctiveAction", "מעקב חודשי אחר הביצוע התקציבי מול תכנית התשלומים והעברת יתרה שלא תנוצל לסעיף אחר.",
          "actionDue", due);
    };
  }
}
