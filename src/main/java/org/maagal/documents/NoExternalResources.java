package org.maagal.documents;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * What the PDF renderer may fetch: nothing. A document's fonts are handed to the renderer from the class path
 * and its style sheets are written into the page, so every URL the page names (an image, a style sheet, an
 * {@code @import}, a {@code url(...)}, a font, an embedded file) is refused before it is resolved, and again
 * after, whatever its scheme: {@code http:} would let a page make the server call into the municipality's
 * network, {@code file:} would read the server's files into a document. Text people type is escaped by
 * {@link XhtmlPage} and never becomes markup; this is the second wall, for markup that slips through.
 * Only a link to an anchor inside the document ({@code #education}) resolves, for the table of contents.
 */
final class NoExternalResources {

  private NoExternalResources() {
  }

  static void install(PdfRendererBuilder builder) {
    for (var priority : ExternalResourceControlPriority.values()) {
      builder.useExternalResourceAccessControl((uri, type) -> false, priority);
    }
    builder.useUriResolver((base, uri) -> uri != null && uri.startsWith("#") ? uri : null);
  }
}
