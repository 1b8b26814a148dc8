package org.maagal.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.maagal.caching.BoundedCache;

/**
 * The XHTML page that {@link PdfDocument} lays out, written element by element: right to left, in Hebrew,
 * with the shared style sheet ({@code documents/document.css}: A4, the fonts, tables, cover, contents) and
 * the document's own after it, and every page but the cover numbered "עמוד 3 מתוך 5" at its foot. Every
 * text goes through {@link #escape(String)}, since names and explanations are typed by people.
 */
public final class XhtmlPage {

  private static final String SHARED_STYLE = "/documents/document.css";
  /** The style sheets read, by resource name: the shared one and a document's own. */
  private static final BoundedCache<String, String> STYLES = new BoundedCache<>(8);

  private final StringBuilder html = new StringBuilder(64 * 1024);

  private XhtmlPage(String title, String styleSheet) {
    html.append("<!DOCTYPE html>\n<html lang=\"he\" dir=\"rtl\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>").append(escape(title))
        .append("</title><style>/*<![CDATA[*/").append(style(SHARED_STYLE)).append('\n').append(style(styleSheet))
        .append("/*]]>*/</style></head><body>");
    // "עמוד 3 מתוך 5" at the foot of the page. It is an element of the page, since openhtmltopdf leaves text in
    // a page margin out of bidi reordering; it is laid out left to right with its parts written last first,
    // since a right-to-left line in a page margin lands off centre by its own width. The spaces around the
    // numbers are in the numbers' generated content (document.css): written here, they are dropped.
    html.append("<div class=\"footer\"><span class=\"page-count\"></span>").append(escape("מתוך"))
        .append("<span class=\"current-page\"></span>").append(escape("עמוד")).append("</div>");
  }

  /** A page with its title and its own style sheet, a resource on the class path such as "/workplans/book.css". */
  public static XhtmlPage titled(String title, String styleSheet) {
    return new XhtmlPage(title, styleSheet);
  }

  /** An element holding text. */
  public XhtmlPage element(String name, String cssClass, String text) {
    open(name, cssClass, null);
    html.append(escape(text));
    return close(name);
  }

  /** The start tag of an element; {@code cssClass} and {@code id} may be null. */
  public XhtmlPage open(String name, String cssClass, String id) {
    html.append('<').append(name);
    attribute("class", cssClass);
    attribute("id", id);
    html.append('>');
    return this;
  }

  public XhtmlPage close(String name) {
    html.append("</").append(name).append('>');
    return this;
  }

  /** Text as a person typed it, a paragraph for each of its lines; {@code whenBlank} (class "none") when there is none. */
  public XhtmlPage paragraphs(String text, String whenBlank) {
    if (text == null || text.isBlank()) {
      return element("p", "none", whenBlank);
    }
    text.strip().lines().filter(line -> !line.isBlank()).forEach(line -> element("p", null, line));
    return this;
  }

  /** Markup written as it is: its text escaped already. */
  public XhtmlPage markup(String markup) {
    html.append(markup);
    return this;
  }

  /**
   * A table row. openhtmltopdf lays a table's columns out left to right whatever the direction (its
   * issue #123), so the cells are written last first: the first column lands on the right, where a
   * Hebrew reader starts.
   */
  public XhtmlPage row(String cssClass, Cell... cells) {
    open("tr", cssClass, null);
    for (int index = cells.length - 1; index >= 0; index--) {
      var cell = cells[index];
      html.append('<').append(cell.tag());
      attribute("class", cell.cssClass());
      if (cell.span() > 1) {
        html.append(" colspan=\"").append(cell.span()).append('"');
      }
      html.append('>').append(cell.markup()).append("</").append(cell.tag()).append('>');
    }
    return close("tr");
  }

  /**
   * A line of the table of contents (a {@code table.contents}): the title, and the number of the page its
   * anchor lands on, which comes from the layout itself.
   */
  public XhtmlPage contentsEntry(String anchor, String title) {
    return row(null, Cell.markup("td", "entry", "<a href=\"#" + escape(anchor) + "\">" + escape(title) + "</a>"),
        Cell.markup("td", "page", "<a class=\"page-number\" href=\"#" + escape(anchor) + "\"></a>"));
  }

  /** The whole page, as {@link PdfDocument} reads it. */
  public String html() {
    return html + "</body></html>";
  }

  private void attribute(String name, String value) {
    if (value != null) {
      html.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }
  }

  /** A table cell: its markup is escaped already. */
  public record Cell(String tag, String cssClass, int span, String markup) {

    /** A cell holding text. */
    public static Cell text(String tag, String cssClass, String text) {
      return new Cell(tag, cssClass, 1, escape(text));
    }

    /** A cell holding markup, its text escaped already. */
    public static Cell markup(String tag, String cssClass, String markup) {
      return new Cell(tag, cssClass, 1, markup);
    }

    public Cell spanning(int columns) {
      return new Cell(tag, cssClass, columns, markup);
    }
  }

  /**
   * Text as XHTML character data or an attribute value, null as nothing, without the spaces around it:
   * markup characters escaped, and the characters that XML 1.0 does not allow at all (control characters,
   * lone surrogates) left out, since one of them would make the whole page unreadable to the XML parser.
   */
  public static String escape(String text) {
    var value = text == null ? "" : text.strip();
    var escaped = new StringBuilder(value.length() + 16);
    value.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
              || c >= 0x10000 && c <= 0x10FFFF) {
            escaped.appendCodePoint(c);
          }
        }
      }
    });
    return escaped.toString();
  }

  private static String style(String resource) {
    return STYLES.computeIfAbsent(resource, XhtmlPage::read);
  }

  /** How many style sheets are kept now. */
  static int keptStyleSheets() {
    return STYLES.size();
  }

  private static String read(String resource) {
    var css = XhtmlPage.class.getResourceAsStream(resource);
    if (css == null) {
      throw new IllegalStateException("The style sheet " + resource + " is missing from the application");
    }
    try (css) {
      return new String(css.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
