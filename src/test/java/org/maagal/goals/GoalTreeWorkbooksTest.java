package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.spreadsheets.TestWorkbook.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maagal.spreadsheets.SheetSummary;
import org.maagal.spreadsheets.TestWorkbook;

/**
 * Goal tree workbooks as strategy units keep them, built with POI: an explanations sheet before the tree, a sheet per
 * domain, hidden and empty sheets. Every sheet is read or named, and problems name the sheet they are on.
 */
class GoalTreeWorkbooksTest {

  static final List<Object> HEADER = row("תחום", "מטרה", "יעד", "מדד", "יחידת מידה", "כיוון", "ערך בסיס",
      "שנת בסיס", "ערך יעד", "שנת יעד", "מחלקה אחראית", "מקור נתונים");

  final GoalTreeSheets sheets = new GoalTreeSheets();

  @Test
  void aTreeAfterAnExplanationsSheetIsReadAndTheExplanationsAreNamedAsNotRead() {
    byte[] workbook = new TestWorkbook()
        .sheet("הסבר", row("עץ המטרות 2027: הסבר"), row("עמודה", "הסבר"), row("תחום", "אחד מתחומי הרשות"),
            row("מטרה", "המטרה שהיעד משרת"))
        .sheet("עץ המטרות", row("חזון העיר: עיר צעירה ומשגשגת"), HEADER,
            row("חינוך", "חינוך איכותי", "העלאת הזכאות לבגרות", "שיעור זכאות", "%", "עלייה", 72, 2025, 80, 2027,
                "מחלקת חינוך", "משרד החינוך"))
        .bytes();

    var parsed = sheets.read("tree.xlsx", workbook);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.rows()).singleElement().satisfies(row -> {
      assertThat(row.indicator()).isEqualTo("שיעור זכאות");
      assertThat(row.targetValue()).isEqualByComparingTo("80");
    });
    assertThat(parsed.vision()).isEqualTo("עיר צעירה ומשגשגת");
    assertThat(parsed.notices()).containsExactly(
        "הגיליון 'הסבר' לא נקרא: לא נמצאה בו שורת כותרות ב-10 השורות הראשונות");
    assertThat(parsed.sheets()).extracting(SheetSummary::name, SheetSummary::read, SheetSummary::rows)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("הסבר", false, 0),
            org.assertj.core.groups.Tuple.tuple("עץ המטרות", true, 1));
  }

  @Test
  void theVisionOnACoverSheetBeforeTheTreeIsTheTreesVision() {
    byte[] workbook = new TestWorkbook()
        .sheet("שער", row("עיריית עין כרמית"), row("חזון: עיר צעירה ומשגשגת"))
        .sheet("עץ המטרות", HEADER,
            row("חינוך", "חינוך איכותי", "העלאת הזכאות לבגרות", "שיעור זכאות", "%", "עלייה", 72, 2025, 80, 2027,
                "מחלקת חינוך", "משרד החינוך"))
        .bytes();

    var parsed = sheets.read("tree.xlsx", workbook);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.vision()).isEqualTo("עיר צעירה ומשגשגת");
  }

  @Test
  void aSheetPerDomainIsReadWholeAndProblemsNameTheirSheet() {
    byte[] workbook = new TestWorkbook()
        .sheet("חינוך", HEADER,
            row("חינוך", "חינוך איכותי", "העלאת הזכאות לבגרות", "שיעור זכאות", "%", "עלייה", 72, 2025, 80, 2027,
                "מחלקת חינוך"),
            row(null, null, "צמצום נשירה", "שיעור נשירה", "%", "ירידה", 4, 2025, "הרבה", 2027, "מחלקת חינוך"))
        .sheet("נוער", row("מחלקה אחראית", "תחום", "מטרה", "יעד", "מדד", "יחידת מידה", "כיוון", "ערך בסיס",
                "שנת בסיס", "ערך יעד", "שנת יעד", "מקור נתונים"),
            row("מחלקת נוער", "נוער", "נוער פעיל", "הרחבת תנועות הנוער", "מספר חניכים", "חניכים", "עלייה", 528, 2025,
                700, 2027),
            row("מחלקת חינוך", "חינוך", "חינוך איכותי", "העלאת הזכאות לבגרות", "שיעור זכאות", "%", "עלייה", 72, 2025,
                80, 2027))
        .sheet("תרבות", row("תחום", "מטרה", "יעד", "מדד", "יחידת מידה", "כיוון", "ערך בסיס", "שנת בסיס", "ערך יעד",
                "שנת יעד", "מחלקה אחראית"),
            row("תרבות", "תרבות לכל", "הגדלת הקהל", "מבקרים", "מבקרים", "עלייה", 1000, 2025, 1500, 2027, "מחלקת תרבות"))
        .hiddenSheet("טיוטה ישנה", HEADER, row("נוער", "מטרה", "יעד", "מדד"))
        .bytes();

    var parsed = sheets.read("tree.xlsx", workbook);

    assertThat(parsed.problems()).containsExactly(
        new RowProblem("חינוך", 3, "עמודה I (ערך יעד): 'הרבה' אינו מספר"),
        new RowProblem("נוער", 3, "שורה כפולה לשורה 2 בגיליון 'חינוך'"),
        new RowProblem("תרבות", 1, "חסרה העמודה 'מקור נתונים'"));
    assertThat(parsed.rows()).extracting(GoalTreeRow::indicator).containsExactly("שיעור זכאות", "מספר חניכים");
    assertThat(parsed.sources()).extracting(source -> source.where())
        .containsExactly("שורה 2 בגיליון 'חינוך'", "שורה 2 בגיליון 'נוער'");
    assertThat(parsed.notices()).contains("הגיליון 'טיוטה ישנה' לא נקרא: הגיליון מוסתר");
  }

  @Test
  void aWorkbookWithoutATreeNamesWhatEachSheetLacks() {
    byte[] workbook = new TestWorkbook()
        .sheet("הסבר", row("עמודה", "הסבר"))
        .sheet("מדדים", row("מדד", "ערך בסיס"), row("שיעור זכאות", 72))
        .bytes();

    var parsed = sheets.read("tree.xlsx", workbook);

    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.problems()).extracting(RowProblem::sheet, RowProblem::row).containsExactly(
        org.assertj.core.groups.Tuple.tuple(null, 0), org.assertj.core.groups.Tuple.tuple("הסבר", 0),
        org.assertj.core.groups.Tuple.tuple("מדדים", 0));
    assertThat(parsed.problems().get(2).reason()).startsWith("בשורת הכותרות (שורה 1) חסרה העמודה 'תחום'");
  }
}
