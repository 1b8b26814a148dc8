package org.maagal.workplans;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The book of work plans as a PDF to print and send: the XHTML of {@link BookHtml} laid out in A4 pages
 * by openhtmltopdf. Hebrew is kept in logical order in the page and reordered for display by ICU's bidi
 * algorithm, so that numbers and Latin words inside Hebrew sentences come out the way a reader expects.
 */
@Component
class BookPdf {

  /** The fonts ship with the application (SIL Open Font License, fonts/OFL.txt), read once. */
  private static final List<BookFont> FONTS = List.of(
      BookFont.of("Noto Sans Hebrew", 400, "/fonts/NotoSansHebrew-Regular.ttf"),
      BookFont.of("Noto Sans Hebrew", 700, "/fonts/NotoSansHebrew-Bold.ttf"),
      // Noto Sans Hebrew has Hebrew letters only: digits, Latin and punctuation come from Noto Sans
      BookFont.of("Noto Sans", 400, "/fonts/NotoSans-Regular.ttf"),
      BookFont.of("Noto Sans", 700, "/fonts/NotoSans-Bold.ttf"));

  byte[] write(BookOfWorkPlans book) {
    var pdf = new ByteArrayOutputStream(256 * 1024);
    // a builder holds one document's state, so every call has its own
    var builder = new PdfRendererBuilder();
    builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
    builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
    builder.defaultTextDirection(TextDirection.RTL);
    for (BookFont font : FONTS) {
      builder.useFont(font::open, font.family(), font.weight(), FontStyle.NORMAL, true);
    }
    builder.withHtmlContent(BookHtml.of(book), null);
    builder.toStream(pdf);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Laying out the book of work plans in memory failed", e);
    }
    return pdf.toByteArray();
  }

  private record BookFont(String family, int weight, byte[] bytes) {

    static BookFont of(String family, int weight, String resource) {
      try (var in = BookPdf.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("The font " + resource + " is missing from the application");
        }
        return new BookFont(family, weight, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }
}
