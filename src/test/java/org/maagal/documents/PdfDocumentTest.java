package org.maagal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer fetches nothing a page names: markup that names a server on the municipality's network or a file
 * of the server (as a writer that forgot to escape a name would let through) leaves both untouched, and the
 * page still prints.
 */
class PdfDocumentTest {

  @TempDir
  Path files;

  @Test
  void markupNamingAServerOrAFileFetchesNothingAndThePageStillPrints() throws Exception {
    try (var server = new RequestCounter(); var passwords = new FileOpenProbe(files, "passwd");
        var picture = new FileOpenProbe(files, "picture.png")) {
      var page = XhtmlPage.titled("בדיקה", "/documents/document.css")
          .element("h1", null, "ספר הבדיקה")
          .markup("<img src=\"" + server.url("/logo.png") + "\" />")
          .markup("<img src=\"" + passwords.url() + "\" />")
          .markup("<div style=\"background-image: url('" + server.url("/background.png") + "'); "
              + "list-style-image: url('" + picture.url() + "')\">פסקה בגוף הדף</div>")
          .markup("<ul><li style=\"list-style-image: url('" + server.url("/bullet.png") + "')\">סעיף</li></ul>")
          .markup("<a download=\"passwd\" href=\"" + passwords.url() + "\">קובץ מצורף</a>")
          .markup("<a download=\"data\" href=\"" + server.url("/attachment.pdf") + "\">קובץ מהרשת</a>")
          .markup("<img src=\"file:///etc/passwd\" />");

      byte[] pdf = PdfDocument.of(page, "a test page");

      assertThat(server.requested()).as("requests to the server").isEmpty();
      assertThat(passwords.opens()).as("opens of " + passwords.path()).isZero();
      assertThat(picture.opens()).as("opens of " + picture.path()).isZero();
      try (var document = Loader.loadPDF(pdf)) {
        assertThat(new PDFTextStripper().getText(document)).contains("ספר הבדיקה", "פסקה בגוף הדף", "סעיף")
            .doesNotContain(RequestCounter.PRINTED, FileOpenProbe.PRINTED);
        assertThat(document.getPage(0).getResources().getXObjectNames()).as("no image came in").isEmpty();
      }
    }
  }

  @Test
  void theTableOfContentsStillFindsItsAnchorsInsideTheDocument() throws Exception {
    var page = XhtmlPage.titled("בדיקה", "/documents/document.css")
        .open("table", "contents", null).contentsEntry("part", "החלק הראשון").close("table")
        .open("div", null, "part").element("h1", null, "החלק הראשון").close("div");

    try (var document = Loader.loadPDF(PdfDocument.of(page, "a test page"))) {
      assertThat(document.getPage(0).getAnnotations()).as("the link to the anchor").isNotEmpty();
    }
  }
}
