package org.maagal.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The PDF read back the way a person reads it. PDFTextStripper alone is not enough for that: it takes the
 * glyphs in the order they are drawn, left to right, and turns each right-to-left run around, which
 * gives Hebrew-only text in reading order ("ספר תכניות העבודה", whole words, not "הדובעה"), but a line
 * that mixes Hebrew with numbers comes out in an order nobody reads ("23:30 30/11/2026הופק:"). So
 * {@link #readingLines(PDDocument, int)} rebuilds each printed line from where its glyphs stand on the
 * page, right to left, and only digit and Latin runs left to right, as a Hebrew reader reads it; a line
 * drawn in the wrong order fails the tests that read it.
 */
public final class PdfReadingOrder {

  /** Glyphs whose baselines are this close (in points) stand on one line. */
  private static final double SAME_LINE = 1.5;

  private PdfReadingOrder() {
  }

  /** Every line of the PDF, page after page, each as {@link #readingLines(PDDocument, int)} reads it. */
  public static List<String> allLines(byte[] pdf) throws IOException {
    try (var document = Loader.loadPDF(pdf)) {
      return allLines(document);
    }
  }

  public static List<String> allLines(PDDocument document) {
    var lines = new ArrayList<String>();
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      lines.addAll(readingLines(document, page));
    }
    return lines;
  }

  /**
   * A page's lines as a Hebrew reader reads them: glyphs on one baseline, right to left, except that a run of digits
   * or Latin letters (with the separators inside it: 1,250,000, 30/11/2026, 1-812-750, a percent sign after it:
   * 72.5%, and the sign before a change: +2.5, -1) reads left to right; a bracket drawn mirrored reads as the
   * bracket it stands for. A gap wider than a third of the font size is a space, and cells of one table row make one
   * line, also when a bold cell's baseline stands a fraction of a point off a regular one's.
   */
  public static List<String> readingLines(PDDocument document, int page) {
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
    glyphs.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
    var byBaseline = new ArrayList<List<TextPosition>>();
    double baseline = Double.NaN;
    for (TextPosition glyph : glyphs) {
      if (Double.isNaN(baseline) || glyph.getYDirAdj() - baseline > SAME_LINE) {
        byBaseline.add(new ArrayList<>());
        baseline = glyph.getYDirAdj();
      }
      byBaseline.get(byBaseline.size() - 1).add(glyph);
    }
    var lines = new ArrayList<String>();
    byBaseline.forEach(line -> {
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
          || c == '%' && index + 1 < text.length() && Character.isDigit(text.charAt(index + 1))
          || run.length() > 0 && ",./:-".indexOf(c) >= 0 && index + 1 < text.length()
          && Character.isLetterOrDigit(text.charAt(index + 1)) && !isHebrew(text.charAt(index + 1))
          // the sign of a change printed left to right, "+2.5", "-1": at the run's left end
          || run.length() > 0 && (c == '+' || c == '-') && Character.isDigit(run.charAt(run.length() - 1))
          && (index + 1 == text.length() || text.charAt(index + 1) == ' ');
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
