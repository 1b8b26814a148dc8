package org.maagal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.documents.PdfReadingOrder.readingLines;
import static org.maagal.review.ResultsSample.BEFORE_ANY_ROUND;
import static org.maagal.review.ResultsSample.CITY;
import static org.maagal.review.ResultsSample.EDUCATION;
import static org.maagal.review.ResultsSample.LABS_GAP;
import static org.maagal.review.ResultsSample.MUNICIPALITY;
import static org.maagal.review.ResultsSample.RECYCLING_EXPLANATION;
import static org.maagal.review.ResultsSample.RECYCLING_GAP;
import static org.maagal.review.ResultsSample.SANITATION;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.documents.FileOpenProbe;
import org.maagal.documents.RequestCounter;

/** The booklet read back the way a person reads it, line by line in reading order ({@code PdfReadingOrder}). */
class ResultsBookletPdfTest {

  static PDDocument city;
  static PDDocument beforeAnyRound;

  @BeforeAll
  static void writeTheSampleBooklets() throws IOException {
    var booklet = new ResultsBookletPdf(() -> MUNICIPALITY);
    city = Loader.loadPDF(booklet.pdf(CITY, ResultsSample.CONTROL));
    beforeAnyRound = Loader.loadPDF(booklet.pdf(BEFORE_ANY_ROUND, List.of()));
  }

  @AfterAll
  static void close() throws IOException {
    city.close();
    beforeAnyRound.close();
  }

  @Test
  void textPeopleTypedThatNamesAServerOrAFileIsPrintedAsTextAndFetchesNothing(@TempDir Path files)
      throws Exception {
    try (var server = new RequestCounter(); var passwords = new FileOpenProbe(files, "passwd")) {
      String typed = "<img src=\"" + server.url("/logo.png") + "\"> <img src=\"" + passwords.url() + "\">";

      try (var pdf = Loader.loadPDF(new ResultsBookletPdf(() -> MUNICIPALITY).pdf(ResultsSample.typedBy(typed), List.of()))) {
        assertThat(server.requested()).as("requests to the server").isEmpty();
        assertThat(passwords.opens()).as("opens of " + passwords.path()).isZero();
        assertThat(new PDFTextStripper().getText(pdf)).contains("img src", "logo.png", "passwd")
            .doesNotContain(RequestCounter.PRINTED, FileOpenProbe.PRINTED);
      }
    }
  }

  @Test
  void theCoverNamesTheMunicipalityTheYearAndTheRoundWithTheDayItMeasures() {
    assertThat(readingLines(city, 1)).containsExactly(MUNICIPALITY, "חוברת המדידה", "2027", "מדידה שנתית",
        "נכון ליום 31/12/2027");
  }

  @Test
  void aDepartmentsBookletNamesTheDepartmentOnItsCoverAndSaysNoRoundIsMeasuredYet() {
    assertThat(readingLines(beforeAnyRound, 1)).containsExactly(MUNICIPALITY, "חוברת המדידה", "2027", EDUCATION,
        "טרם הוגש דיווח מדידה לשנה זו: המדדים מוצגים בלי ערכים וסטטוס.");
  }

  @Test
  void theContentsListEachPartWithThePageItStartsOn() {
    int education = pageStartingWith(city, "תחום: חינוך");
    int environment = pageStartingWith(city, "תחום: איכות סביבה");
    int gaps = pageStartingWith(city, "פערים מהותיים");

    assertThat(environment).isGreaterThan(education);
    assertThat(readingLines(city, 2)).containsSubsequence("תוכן העניינים", "סיכום 3", "מדדי מנכ״ל 3",
        "תחום: חינוך " + education, "תחום: איכות סביבה " + environment,
        "עמידה לפי מחלקה " + pageStartingWith(city, "עמידה לפי מחלקה"),
        "בקרת אמצע שנה " + pageStartingWith(city, "בקרת אמצע שנה"), "פערים מהותיים " + gaps,
        "לקחים והצלחות " + pageStartingWith(city, "לקחים והצלחות"));
  }

  @Test
  void theMidYearControlListsEachDeviationWithItsCorrectiveActionAndWhatTheAnnualRoundShowed() {
    var page = readingLines(city, pageStartingWith(city, "בקרת אמצע שנה"));
    assertThat(page).contains("מחלקה חריגה פעולה מתקנת מועד בסבב השנתי");
    // a row per deviation, read right to left: its department, what it was, the action, its date, the outcome
    assertThat(page).anySatisfy(line -> assertThat(line).startsWith(SANITATION + " יעד באדום: אחוז הפסולת")
        .endsWith("מכרז חדש 31/10/2027 אדום — לא השתפר"));
    assertThat(page).anySatisfy(line -> assertThat(line).startsWith(EDUCATION + " פעילות באיחור: שיפוץ המעבדות")
        .contains("החלפת הקבלן 30/11/2027 בוצע — השתפר"));
    assertThat(readingLines(beforeAnyRound, pageStartingWith(beforeAnyRound, "בקרת אמצע שנה")))
        .contains("בקרת אמצע השנה לא סימנה חריגות.");
  }

  @Test
  void theSummaryCountsTheStatusesAndGivesTheCitysAdherenceInPercent() {
    assertThat(readingLines(city, 3)).containsSubsequence("סיכום", "ירוק 2", "צהוב 1", "אדום 1", "לא דווח 1",
        "סך הכל 5", "עמידה בתכנית העבודה ובתקציב — כלל העירייה", "פעילויות שבוצעו בזמן 67.3% 35 מתוך 52",
        "בזמן, משוקלל לפי תקציב 56.6% 4,515,000 ₪ מתוך 7,970,500 ₪",
        "ביצוע תקציבי 57.1% 4,550,000 ₪ מתוך 7,970,500 ₪");
  }

  @Test
  void theCeosIndicatorsStandInOneTableWithTheirStatusWords() {
    assertThat(readingLines(city, 3)).containsSubsequence("מדדי מנכ״ל",
        "מדד מחלקה אחראית ערך בסיס ערך יעד חצי שנתי שנתי סטטוס",
        "אחוז הזכאים לבגרות מחלקת חינוך 72.5% 80% 74% 76.2% צהוב",
        "אחוז הפסולת הממוחזרת " + SANITATION + " 18% 30% 17.5% 16% אדום");
  }

  @Test
  void aRedIndicatorIsPrintedUnderItsTargetWithItsValuesAndTheWordRed() {
    var page = readingLines(city, pageStartingWith(city, "תחום: איכות סביבה"));

    assertThat(page).containsSubsequence("מטרה: עיר נקייה ומקיימת", "יעד: הגדלת שיעור המיחזור",
        "אחוז הפסולת הממוחזרת " + SANITATION + " 18% 30% 17.5% 16% אדום", "שנת 2025 שנת 2027",
        "יעד: שיפור תחושת הניקיון ברחובות", "שביעות רצון מניקיון " + SANITATION + " 3.4 4 לא דווח");
  }

  @Test
  void numbersAreWrittenAsIsraelisWriteThemAndMarkupInNamesIsText() {
    var page = readingLines(city, pageStartingWith(city, "תחום: חינוך"));

    assertThat(page).contains("ירוק 2 · צהוב 1 · אדום 0 · לא דווח 0",
        "מספר החניכים בתנועות מחלקת חינוך 528 1,250 610 1,040 ירוק",
        "בנות במגמות STEM <מדעים> & הנדסה מחלקת חינוך 120 200 150 210 ירוק");
  }

  @Test
  void eachDepartmentShowsItsReportsCountsAndAdherence() {
    assertThat(readingLines(city, pageStartingWith(city, "עמידה לפי מחלקה"))).contains(
        EDUCATION + " אושר אושר 2 1 0 0 72.5% 68% 54.4%", SANITATION + " אושר לא הוגש 0 0 1 1 50% 38.8% 61.4%");
  }

  @Test
  void aGapShowsItsDepartmentsExplanationTreatmentAndTheCommitteesDecision() {
    assertThat(readingLines(city, pageStartingWith(city, "פערים מהותיים"))).containsSubsequence(
        SANITATION + " — " + RECYCLING_GAP, "פירוט 16% בפועל מול יעד של 30%", "הסבר המחלקה " + RECYCLING_EXPLANATION,
        "טיפול מוצע מכרז חדש ברבעון הראשון", "יועבר לשנה הבאה כן",
        EDUCATION + " — " + LABS_GAP, "הסבר המחלקה טרם הוסבר", "יועבר לשנה הבאה טרם הוחלט");
  }

  @Test
  void theLessonsAndSuccessesArePrintedALineAParagraph() {
    assertThat(readingLines(city, pageStartingWith(city, "לקחים והצלחות"))).containsSubsequence("לקחים",
        "שיתוף הפעולה עם משרד החינוך קיצר את זמני הביצוע", "דיווח חצי שנתי מוקדם חשף פערים בזמן", "הצלחות",
        "עלייה של 97% במספר החניכים");
  }

  @Test
  void emptyPartsSaySoInASentence() {
    assertThat(allReadingLines(beforeAnyRound)).contains("אין עדיין נתוני עמידה בתכנית ובתקציב.",
        "לא סומנו מדדי מנכ״ל בעץ המטרות.", "אין מחלקות עם תכנית עבודה מאושרת.", "לא נמצאו פערים מהותיים.",
        "טרם נרשמו לקחים.", "טרם נרשמו הצלחות.", "אחוז הזכאים לבגרות מחלקת חינוך 72.5% 80% לא דווח");
  }

  @Test
  void everyPageButTheCoverIsNumberedOfTheTotal() {
    assertThat(readingLines(city, 1)).noneMatch(line -> line.startsWith("עמוד"));
    for (int page = 2; page <= city.getNumberOfPages(); page++) {
      assertThat(readingLines(city, page)).last().isEqualTo("עמוד " + page + " מתוך " + city.getNumberOfPages());
    }
  }

  private static int pageStartingWith(PDDocument pdf, String heading) {
    for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
      if (readingLines(pdf, page).get(0).equals(heading)) {
        return page;
      }
    }
    throw new AssertionError("no page starts with " + heading);
  }

  private static List<String> allReadingLines(PDDocument pdf) {
    var lines = new ArrayList<String>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      lines.addAll(readingLines(pdf, page));
    }
    return lines;
  }
}
