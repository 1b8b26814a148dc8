package org.maagal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.documents.PdfReadingOrder.readingLines;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.maagal.reviewing.ReviewStatus;

/** The meeting pack and the minutes of {@link MeetingPapersSample} read back line by line in reading order. */
class MeetingPapersPdfTest {

  @Test
  void thePackHasACoverThenTheMembersTheAgendaAndTheOpenItemsWithTheLateOneSaidInWords() throws IOException {
    try (var pdf = Loader.loadPDF(new MeetingPackPdf().write(MeetingPapersSample.pack()))) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(2);
      assertThat(readingLines(pdf, 1)).containsExactly(MeetingPapersSample.MUNICIPALITY, "חוברת ישיבה",
          MeetingPapersSample.COMMITTEE, "יום ראשון, 12/01/2031", "בשעות 10:00 עד 12:00", "מקום: לשכת ראש העירייה");
      assertThat(readingLines(pdf, 2)).containsSubsequence("חברי הוועדה", "שם מגזר תפקיד",
          "מיכל בן עמי הרשות המקומית חבר/ה", "אבנר גולן הרשות המקומית יו\"ר", "עירית גל ממשלה חבר/ה",
          "מניין: נדרשים 3 מתוך 6 החברים", "סדר היום", "1. " + MeetingPapersSample.TREE + " (להחלטה)",
          "גרסה 3 של עץ המטרות, אחרי הערות הוועדה המעצבת.",
          "הועבר מישיבה קודמת",
          "2. " + MeetingPapersSample.CALENDAR + " (לדיון)", "משימות פתוחות מישיבות קודמות",
          "משימה אחראי/ת ניתנה בישיבה מועד ביצוע מצב",
          "לאסוף נתוני בסיס על נשירה מבתי הספר אורנה כץ 03/11/2030 20/12/2030 באיחור",
          "להציג את תקציב התחזוקה לפי מקורות מימון גזברות 03/11/2030 01/02/2031 במועד", "עמוד 2 מתוך 2");
      // an address is one left-to-right run, which PdfReadingOrder does not rebuild; the text as drawn has it whole
      assertThat(readingLines(pdf, 2)).anyMatch(line -> line.startsWith("לעיון: "));
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("https://maagal.ein-karmit.example/goals/2031/diff?from=2&to=3");
    }
  }

  @Test
  void theMinutesGiveAttendanceEachVoteMemberByMemberTheActionsAndWhoApprovedThem() throws IOException {
    try (var pdf = Loader.loadPDF(new MinutesPdf().write(MeetingPapersSample.minutes(ReviewStatus.APPROVED,
        "הישיבה נפתחה בשעה 10:05.\nהוחלט לאשר את עץ המטרות.")))) {
      var lines = allLines(pdf);
      assertThat(lines).containsSubsequence(MeetingPapersSample.MUNICIPALITY, "פרוטוקול — ועדת היגוי",
          "יום ראשון, 12/01/2031 · בשעות 10:00 עד 12:00 · מקום: לשכת ראש העירייה",
          "מעמד הפרוטוקול: גרסה 1: אושרה בידי אבנר גולן, 14/01/2031 09:30", "נוכחות", "נעדרו אורנה כץ (הרשות המקומית)",
          "מניין נדרשים 3 מתוך 6 החברים; נכחו 5: יש מניין", "1. " + MeetingPapersSample.TREE + " (להחלטה)",
          "עיקרי הדיון", "נדונה השאלה אם למדוד את יעד הנוער פעמיים בשנה (120 משתתפים, 72.5% התמדה).",
          "הצבעה, סבב 1: בעד 2 · נגד 2 · נמנעים 1", "תוצאה: תיקו: סבב נוסף", "הצבעה, סבב 2: בעד 3 · נגד 1 · נמנעים 1",
          "תוצאה: אושר", "נוסח ההחלטה: עץ המטרות אושר, בתנאי שיעד הנוער יימדד פעמיים בשנה", "אלי מזרחי בעד",
          "עירית גל נמנע/ת", "2. " + MeetingPapersSample.CALENDAR + " (לדיון)", "לא נרשם דיון.", "משימות שהוטלו",
          "להכין נוסח מתוקן של יעד הנוער מחלקת נוער וצעירים 26/01/2031", "סיכום הישיבה", "הישיבה נפתחה בשעה 10:05.",
          "הוחלט לאשר את עץ המטרות.", "מעמד הפרוטוקול");
      assertThat(lines).noneMatch(line -> line.contains("טיוטה"));
    }
  }

  @Test
  void aDraftIsMarkedAtTheHeadOfEveryPage() throws IOException {
    var summary = "הישיבה נפתחה בשעה 10:05, ונדונו הנושאים שבסדר היום.\n".repeat(120);
    try (var pdf = Loader.loadPDF(new MinutesPdf().write(MeetingPapersSample.minutes(ReviewStatus.DRAFT, summary)))) {
      assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        assertThat(readingLines(pdf, page).get(0)).as("page " + page).isEqualTo("טיוטה — הפרוטוקול טרם הוגש ואושר");
      }
      assertThat(allLines(pdf)).contains("מעמד הפרוטוקול: גרסה 1: טיוטה");
    }
  }

  private static List<String> allLines(PDDocument pdf) {
    var lines = new ArrayList<String>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      lines.addAll(readingLines(pdf, page));
    }
    return lines;
  }
}
