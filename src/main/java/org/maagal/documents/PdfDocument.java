package org.maagal.documents;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Hebrew document as a PDF to print and send: the XHTML of an {@link XhtmlPage} laid out in A4 pages by
 * openhtmltopdf. Hebrew is kept in logical order in the page and reordered for display by ICU's bidi
 * algorithm, so that numbers and Latin words inside Hebrew sentences come out the way a reader expects.
 */
public final class PdfDocument {

  /** The fonts ship with the application (SIL Open Font License, fonts/OFL.txt), read once. */
  private static final List<DocumentFont> FONTS = List.of(
      DocumentFont.of("Noto Sans Hebrew", 400, "/fonts/NotoSansHebrew-Regular.ttf"),
      DocumentFont.of("Noto Sans Hebrew", 700, "/fonts/NotoSansHebrew-Bold.ttf"),
      // Noto Sans Hebrew has Hebrew letters only: digits, Latin and punctuation come from Noto Sans
      DocumentFont.of("Noto Sans", 400, "/fonts/NotoSans-Regular.ttf"),
      DocumentFont.of("Noto Sans", 700, "/fonts/NotoSans-Bold.ttf"));

  static {
    // one logger for the whole library, so it is set once, here, where the library is used
    XRLog.setLoggerImpl(new PdfLog());
  }

  private PdfDocument() {
  }

  /** The page laid out; {@code what} names the document in the message of a failure ("the book of work plans"). */
  public static byte[] of(XhtmlPage page, String what) {
    var pdf = new ByteArrayOutputStream(256 * 1024);
    // the renderer saves the document to the stream and closes it
    var document = new PDDocument();
    var fonts = new ArrayList<TrueTypeFont>();
    try {
      // a builder holds one document's state, so every call has its own
      var builder = new PdfRendererBuilder();
      builder.usePDDocument(document);
      builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
      builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
      builder.defaultTextDirection(TextDirection.RTL);
      for (DocumentFont font : FONTS) {
        var parsed = font.parse();
        fonts.add(parsed);
        builder.useFont(new PDFontSupplier(PDType0Font.load(document, parsed, true)), font.family(), font.weight(),
            FontStyle.NORMAL, true);
      }
      NoExternalResources.install(builder);
      builder.withHtmlContent(page.html(), null);
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Laying out " + what + " in memory failed", e);
    } finally {
      fonts.forEach(PdfDocument::close);
      close(document);
    }
    return pdf.toByteArray();
  }

  private static void close(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record DocumentFont(String family, int weight, byte[] bytes) {

    static DocumentFont of(String family, int weight, String resource) {
      try (var in = PdfDocument.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The font " + resource + " is missing from the application");
        }
        return new DocumentFont(family, weight, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * The font without glyph substitution. PDFBox would otherwise apply the Latin font's ligatures to
     * every string it draws, compiling a pattern of them each time: most of the time a large book took
     * went there. And a ligature such as "fi" has no character to extract back from the PDF. Hebrew
     * letters without vowel points need no substitution at all.
     */
    TrueTypeFont parse() throws IOException {
      var font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
      font.setEnableGsub(false);
      return font;
    }
  }
}
