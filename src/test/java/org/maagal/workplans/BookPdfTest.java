package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.documents.PdfReadingOrder.readingLines;
import static org.maagal.workplans.BookSample.BOOK;
import static org.maagal.workplans.BookSample.EDUCATION;
import static org.maagal.workplans.BookSample.MUNICIPALITY;
import static org.maagal.workplans.BookSample.SANITATION;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.maagal.documents.XhtmlPage;
import org.maagal.workplans.BookOfWorkPlans.Line;
import org.maagal.workplans.BookOfWorkPlans.Total;

/** The book read back the way a person reads it, line by line in reading order ({@link PdfReadingOrder}). */
class BookPdfTest {

  static PDDocument pdf;

  @BeforeAll
  static void writeTheSampleBook() throws IOException {
    pdf = Loader.loadPDF(new BookPdf().write(BOOK));
  }

  @AfterAll
  static void close() throws IOException {
    pdf.close();
  }

  @Test
  void hebrewComesOutInReadingOrderAsWholeWords() throws IOException {
    var text = new PDFTextStripper().getText(pdf);

    assertThat(text).contains("ספר תכניות העבודה", MUNICIPALITY, EDUCATION, "תגבור מתמטיקה בחטיבות הביניים");
    assertThat(text).doesNotContain("הדובעה", "ךוניח");
    assertThat(allReadingLines()).contains("תכנית STEM לבנות בשיתוף Intel", "שיפוץ מעבדות <מדעים> & כימיה",
        "1-812-750 שכר מורים תקציב רגיל תקציב עירוני 450,000 ₪ מאושר");
  }

  @Test
  void theCoverNamesTheMunicipalityTheYearAndWhenTheBookWasCompiledInIsraelTime() {
    assertThat(readingLines(pdf, 1)).containsExactly(MUNICIPALITY, "ספר תכניות העבודה", "2027",
        "הופק: 30/11/2026 23:30");
  }

  @Test
  void theContentsListTheSummaryAndEachDepartmentWithThePageItStartsOn() {
    int educationPage = pageStartingWith(EDUCATION);
    int sanitationPage = pageStartingWith(SANITATION);

    assertThat(educationPage).isEqualTo(4);
    assertThat(sanitationPage).isEqualTo(5);
    assertThat(readingLines(pdf, 2)).containsSubsequence("תוכן העניינים", "סיכום 3",
        EDUCATION + " " + educationPage, SANITATION + " " + sanitationPage);
  }

  @Test
  void theSummaryShowsTheTotalsFormattedInShekels() {
    var summary = readingLines(pdf, 3);

    assertThat(summary).contains("חינוך 4,875,000 ₪", "איכות סביבה 3,095,500 ₪", "תרומות 95,000 ₪",
        "מפעל הפיס 2,400,000 ₪", "סך הכל 7,970,500 ₪");
    assertThat(summary).as("the coverage by the CEO's emphases").contains(
        "לפי דגש ניהולי (פעילות המשרתת כמה דגשים נספרת בכל אחד)", BookSample.SERVED_EMPHASIS + " 4,875,000 ₪",
        BookSample.UNSERVED_EMPHASIS + " 0 ₪");
    assertThat(readingLines(pdf, 4)).contains("סה״כ למחלקה 4,875,000 ₪", "סה״כ לפעילות 1,345,000 ₪");
  }

  @Test
  void everyPageButTheCoverIsNumberedOfTheTotal() {
    assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(5);
    assertThat(readingLines(pdf, 1)).noneMatch(line -> line.startsWith("עמוד"));
    for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
      assertThat(readingLines(pdf, page)).last().isEqualTo("עמוד " + page + " מתוך " + pdf.getNumberOfPages());
    }
  }

  @Test
  void markupInNamesIsPrintedAsText() {
    assertThat(XhtmlPage.escape("<b>\"א\" & 'ב'</b>\u0000")).isEqualTo("&lt;b&gt;&quot;א&quot; &amp; &#39;ב&#39;&lt;/b&gt;");
    assertThat(readingLines(pdf, 4)).contains("שיפוץ מעבדות <מדעים> & כימיה");
  }

  @Test
  void textPeopleTypedThatNamesAServerOrAFileIsPrintedAsTextAndFetchesNothing(@TempDir Path files)
      throws Exception {
    try (var server = new RequestCounter(); var passwords = new FileOpenProbe(files, "passwd")) {
      String image = "<img src=\"" + server.url("/logo.png") + "\">";
      String style = "<link rel=\"stylesheet\" href=\"" + server.url("/style.css") + "\"/>";
      String file = "<img src=\"" + passwords.url() + "\">";
      var activity = BookSample.activity("פעילות " + image, file, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30),
          List.of(style, "", "", ""), "file:///etc/passwd", List.of("יעד"),
          new Line("1-812-750", "שכר " + image, "תקציב רגיל", "תקציב עירוני", new BigDecimal("1000"), "מאושר"));
      var plan = BookSample.department("typed", "מחלקה " + style, 1, "הוגשה", List.of(), activity);
      var book = new BookOfWorkPlans(MUNICIPALITY, 2027, BookSample.COMPILED_AT, List.of(plan),
          List.of(new Total("חינוך", plan.total())), List.of(new Total("תקציב עירוני", plan.total())),
          List.of(), plan.total());

      try (var typed = Loader.loadPDF(new BookPdf().write(book))) {
        assertThat(server.requested()).as("requests to the server").isEmpty();
        assertThat(passwords.opens()).as("opens of " + passwords.path()).isZero();
        assertThat(new PDFTextStripper().getText(typed)).contains("img src", "logo.png", "stylesheet", "passwd")
            .doesNotContain(RequestCounter.PRINTED, FileOpenProbe.PRINTED);
      }
    }
  }

  private int pageStartingWith(String heading) {
    for (int page = 4; page <= pdf.getNumberOfPages(); page++) {
      if (readingLines(pdf, page).get(0).equals(heading)) {
        return page;
      }
    }
    throw new AssertionError("no page starts with " + heading);
  }

  private List<String> allReadingLines() {
    var lines = new ArrayList<String>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      lines.addAll(readingLines(pdf, page));
    }
    return lines;
  }
}
