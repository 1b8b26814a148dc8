package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.workplans.BookSample.BOOK;
import static org.maagal.workplans.BookSample.EDUCATION;
import static org.maagal.workplans.BookSample.MUNICIPALITY;
import static org.maagal.workplans.BookSample.SANITATION;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF read back the way a person reads it. PDFTextStripper alone is not enough for that: it takes the
 * glyphs in the order they are drawn, left to right, and turns each right-to-left run around, which
 * gives Hebrew-only text in reading order ("ספר תכניות העבודה", whole words, not "הדובעה"), but a line
 * that mixes Hebrew with numbers comes out in an order nobody reads ("23:30 30/11/2026הופק:"). So
 * {@link #readingLines(PDDocument, int)} rebuilds each printed line from where its glyphs stand on the
 * page, right to left, and only digit and Latin runs left to right, as a Hebrew reader reads it; a line
 * drawn in the wrong order fails these tests.
 */
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
    assertThat(BookHtml.escape("<b>\"א\" & 'ב'</b>\u0000")).isEqualTo("&lt;b&gt;&quot;א&quot; &amp; &#39;ב&#39;&lt;/b&gt;");
    assertThat(readingLines(pdf, 4)).contains("שיפוץ מעבדות <מדעים> & כימיה");
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

  /**
   * A page's lines as a Hebrew reader reads them: glyphs on one baseline, right to left, except that a run
   * of digits or Latin letters (with the separators inside it: 1,250,000, 30/11/2026, 1-812-750) reads left
   * to right; a bracket drawn mirrored reads as the bracket it stands for. A gap wider than a third of
   * the font size is a space, and cells of one table row make one line.
   */
  static List<String> readingLines(PDDocument document, int page) {
    var glyphs = new ArrayList<TextPosition>();
    try {
      var stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          glyphs.add(text);
        }
      };
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      stripper.getText(document);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Map<Integer, List<TextPosition>> byBaseline = new TreeMap<>();
    for (TextPosition glyph : glyphs) {
      byBaseline.computeIfAbsent(Math.round(glyph.getYDirAdj()), y -> new ArrayList<>()).add(glyph);
    }
    var lines = new ArrayList<String>();
    byBaseline.values().forEach(line -> {
      var text = readRightToLeft(line);
      if (!text.isBlank()) {
        lines.add(text);
      }
    });
    return lines;
  }

  private static String readRightToLeft(List<TextPosition> line) {
    line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj).reversed());
    var visual = new StringBuilder();
    double left = Double.NaN;
    for (TextPosition glyph : line) {
      double right = glyph.getXDirAdj() + glyph.getWidthDirAdj();
      if (!Double.isNaN(left) && left - right > glyph.getFontSizeInPt() / 3) {
        visual.append(' ');
      }
      visual.append(glyph.getUnicode());
      left = glyph.getXDirAdj();
    }
    // right to left, a left-to-right run reads backwards; turn each one around
    var reading = new StringBuilder();
    var run = new StringBuilder();
    String text = visual.toString().replace('\u00a0', ' ');
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      boolean inRun = Character.isLetterOrDigit(c) && !isHebrew(c)
          || run.length() > 0 && ",./:-".indexOf(c) >= 0 && index + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(index + 1)) && !isHebrew(text.charAt(index + 1));
      if (inRun) {
        run.append(c);
      } else {
        reading.append(run.reverse());
        run.setLength(0);
        reading.append(mirrored(c));
      }
    }
    reading.append(run.reverse());
    return reading.toString().replaceAll("\\s+", " ").strip();
  }

  private static boolean isHebrew(char c) {
    return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HEBREW;
  }

  private static char mirrored(char c) {
    return switch (c) {
      case '<' -> '>';
      case '>' -> '<';
      case '(' -> ')';
      case ')' -> '(';
      case '[' -> ']';
      case ']' -> '[';
      default -> c;
    };
  }
}
