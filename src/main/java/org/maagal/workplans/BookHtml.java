package org.maagal.workplans;

import static org.maagal.workplans.BookText.amount;
import static org.maagal.workplans.BookText.list;
import static org.maagal.workplans.BookText.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maagal.workplans.BookOfWorkPlans.Activity;
import org.maagal.workplans.BookOfWorkPlans.DepartmentPlan;
import org.maagal.workplans.BookOfWorkPlans.Line;
import org.maagal.workplans.BookOfWorkPlans.Target;
import org.maagal.workplans.BookOfWorkPlans.Total;

/**
 * The book of work plans as the XHTML page that {@link BookPdf} lays out: a cover, a table of contents,
 * the summary, then each department from a new page. Every text from the book goes through
 * {@link #escape(String)}, since department and activity names are typed by people.
 */
final class BookHtml {

  private static final String STYLE = style();

  private final StringBuilder html = new StringBuilder(64 * 1024);

  private BookHtml() {
  }

  static String of(BookOfWorkPlans book) {
    return new BookHtml().write(book);
  }

  private String write(BookOfWorkPlans book) {
    html.append("<!DOCTYPE html>\n<html lang=\"he\" dir=\"rtl\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>")
        .append("<meta charset=\"UTF-8\"/><title>").append(escape(BookText.TITLE + " " + book.year()))
        .append("</title><style>/*<![CDATA[*/").append(STYLE).append("/*]]>*/</style></head><body>");
    // "עמוד 3 מתוך 5" at the foot of the page. It is an element of the page, since openhtmltopdf leaves text in
    // a page margin out of bidi reordering; it is laid out left to right with its parts written last first,
    // since a right-to-left line in a page margin lands off centre by its own width. The spaces around the
    // numbers are in the numbers' generated content (book.css): written here, they are dropped.
    html.append("<div class=\"footer\"><span class=\"page-count\"></span>").append(escape("מתוך"))
        .append("<span class=\"current-page\"></span>").append(escape("עמוד")).append("</div>");
    cover(book);
    contents(book);
    summary(book);
    var departments = list(book.departments());
    for (int index = 0; index < departments.size(); index++) {
      department(departments.get(index), anchor(index));
    }
    return html.append("</body></html>").toString();
  }

  private void cover(BookOfWorkPlans book) {
    html.append("<div class=\"cover\">");
    element("div", "municipality", book.municipality());
    element("h1", "book-title", BookText.TITLE);
    element("div", "year", String.valueOf(book.year()));
    element("div", "compiled", BookText.COMPILED + ": " + BookText.compiled(book.compiledAt()));
    html.append("</div>");
  }

  /** Page numbers come from the layout itself: each entry's page is the page its anchor lands on. */
  private void contents(BookOfWorkPlans book) {
    html.append("<div class=\"contents\">");
    element("h2", null, BookText.CONTENTS);
    html.append("<table class=\"contents\"><tbody>");
    contentsEntry("summary", BookText.SUMMARY);
    var departments = list(book.departments());
    for (int index = 0; index < departments.size(); index++) {
      contentsEntry(anchor(index), departments.get(index).departmentName());
    }
    html.append("</tbody></table></div>");
  }

  private void contentsEntry(String anchor, String title) {
    row(null, markup("td", "entry", "<a href=\"#" + anchor + "\">" + escape(title) + "</a>"),
        markup("td", "page", "<a class=\"page-number\" href=\"#" + anchor + "\"></a>"));
  }

  private void summary(BookOfWorkPlans book) {
    html.append("<div class=\"summary\" id=\"summary\">");
    element("h2", null, BookText.SUMMARY);
    totals(BookText.BY_DOMAIN, BookText.DOMAIN, list(book.byDomain()));
    totals(BookText.BY_SOURCE, BookText.SOURCE, list(book.bySource()));
    html.append("<table class=\"totals grand\"><tbody>");
    row("total", cell("th", null, BookText.GRAND_TOTAL), cell("td", "amount", amount(book.total())));
    html.append("</tbody></table>");

    element("h3", null, BookText.BY_DEPARTMENT);
    html.append("<table class=\"totals\"><thead>");
    row(null, cell("th", null, BookText.DEPARTMENT), cell("th", "narrow", BookText.VERSION),
        cell("th", "status", BookText.STATUS), cell("th", "amount", BookText.AMOUNT));
    html.append("</thead><tbody>");
    for (DepartmentPlan department : list(book.departments())) {
      row(null, cell("td", null, department.departmentName()),
          cell("td", "narrow", String.valueOf(department.version())), cell("td", "status", department.status()),
          cell("td", "amount", amount(department.total())));
    }
    html.append("</tbody></table></div>");
  }

  private void totals(String title, String nameHeader, List<Total> totals) {
    element("h3", null, title);
    html.append("<table class=\"totals\"><thead>");
    row(null, cell("th", null, nameHeader), cell("th", "amount", BookText.AMOUNT));
    html.append("</thead><tbody>");
    for (Total total : totals) {
      row(null, cell("td", null, total.name()), cell("td", "amount", amount(total.amount())));
    }
    html.append("</tbody></table>");
  }

  private void department(DepartmentPlan department, String anchor) {
    html.append("<div class=\"department\" id=\"").append(anchor).append("\">");
    element("h2", "department-name", department.departmentName());
    element("div", "version", BookText.VERSION + " " + department.version() + " · " + text(department.status()));
    targets(list(department.targets()));
    activities(list(department.activities()));
    budget(department);
    html.append("</div>");
  }

  /** The targets under their domain and goal, in the order the goal tree lists them. */
  private void targets(List<Target> targets) {
    element("h3", null, BookText.TARGETS);
    if (targets.isEmpty()) {
      element("p", "none", BookText.NONE);
      return;
    }
    Map<String, Map<String, List<Target>>> tree = new LinkedHashMap<>();
    for (Target target : targets) {
      tree.computeIfAbsent(text(target.domain()), domain -> new LinkedHashMap<>())
          .computeIfAbsent(text(target.goal()), goal -> new ArrayList<>()).add(target);
    }
    tree.forEach((domain, goals) -> {
      html.append("<div class=\"domain\">");
      element("div", "domain-name", BookText.DOMAIN + ": " + domain);
      goals.forEach((goal, goalTargets) -> {
        html.append("<div class=\"goal\">");
        element("div", "goal-name", BookText.GOAL + ": " + goal);
        for (Target target : goalTargets) {
          html.append("<div class=\"target\">");
          // the marks are text, not CSS generated content, which openhtmltopdf places on the wrong side in RTL
          element("div", "target-name", "• " + text(target.target()));
          for (String indicator : list(target.indicators())) {
            element("div", "indicator", "– " + text(indicator));
          }
          html.append("</div>");
        }
        html.append("</div>");
      });
      html.append("</div>");
    });
  }

  private void activities(List<Activity> activities) {
    element("h3", null, BookText.ACTIVITIES);
    if (activities.isEmpty()) {
      element("p", "none", BookText.NONE);
      return;
    }
    html.append("<table class=\"activities\"><thead>");
    row(null, cell("th", "title", BookText.ACTIVITY), cell("th", "owner", BookText.OWNER),
        cell("th", "dates", BookText.DATES), cell("th", "milestones", BookText.MILESTONES),
        cell("th", "output", BookText.OUTPUT_MEASURE), cell("th", "targets", BookText.LINKED_TARGETS));
    html.append("</thead><tbody>");
    for (Activity activity : activities) {
      var milestones = new StringBuilder();
      for (int quarter = 1; quarter <= BookText.QUARTERS; quarter++) {
        var milestone = BookText.milestone(activity, quarter);
        if (!milestone.isEmpty()) {
          milestones.append("<div><span class=\"quarter\">").append(escape(BookText.quarter(quarter) + ":"))
              .append("</span> ").append(escape(milestone)).append("</div>");
        }
      }
      var targets = new StringBuilder();
      list(activity.targets()).forEach(target -> targets.append("<div>").append(escape(target)).append("</div>"));
      row(null, cell("td", "title", activity.title()), cell("td", "owner", activity.owner()),
          markup("td", "dates", "<div>" + escape(BookText.day(activity.start())) + "</div><div>"
              + escape(BookText.day(activity.end())) + "</div>"),
          markup("td", "milestones", milestones.toString()), cell("td", "output", activity.outputMeasure()),
          markup("td", "targets", targets.toString()));
    }
    html.append("</tbody></table>");
  }

  /** The budget lines under their activity, each activity with its subtotal, then the department's total. */
  private void budget(DepartmentPlan department) {
    element("h3", null, BookText.BUDGET);
    html.append("<table class=\"budget\"><thead>");
    row(null, cell("th", "code", BookText.CLAUSE_CODE), cell("th", "clause", BookText.CLAUSE_NAME),
        cell("th", "type", BookText.TYPE), cell("th", "source", BookText.SOURCE),
        cell("th", "amount", BookText.AMOUNT), cell("th", "status", BookText.STATUS));
    html.append("</thead><tbody>");
    for (Activity activity : list(department.activities())) {
      row("group", cell("td", null, activity.title()).spanning(6));
      for (Line line : list(activity.lines())) {
        row(null, cell("td", "code", line.clauseCode()), cell("td", "clause", line.clauseName()),
            cell("td", "type", line.type()), cell("td", "source", line.source()),
            cell("td", "amount", amount(line.amount())), cell("td", "status", line.status()));
      }
      row("subtotal", cell("td", null, BookText.ACTIVITY_TOTAL).spanning(4),
          cell("td", "amount", amount(activity.total())), cell("td", null, ""));
    }
    row("total", cell("td", null, BookText.DEPARTMENT_TOTAL).spanning(4),
        cell("td", "amount", amount(department.total())), cell("td", null, ""));
    html.append("</tbody></table>");
  }

  /**
   * A table row. openhtmltopdf lays a table's columns out left to right whatever the direction (its
   * issue #123), so the cells are written last first: the first column lands on the right, where a
   * Hebrew reader starts.
   */
  private void row(String cssClass, Cell... cells) {
    html.append("<tr");
    if (cssClass != null) {
      html.append(" class=\"").append(cssClass).append('"');
    }
    html.append('>');
    for (int index = cells.length - 1; index >= 0; index--) {
      var cell = cells[index];
      html.append('<').append(cell.tag());
      if (cell.cssClass() != null) {
        html.append(" class=\"").append(cell.cssClass()).append('"');
      }
      if (cell.span() > 1) {
        html.append(" colspan=\"").append(cell.span()).append('"');
      }
      html.append('>').append(cell.markup()).append("</").append(cell.tag()).append('>');
    }
    html.append("</tr>");
  }

  /** A table cell: its markup is escaped already. */
  private record Cell(String tag, String cssClass, int span, String markup) {

    Cell spanning(int columns) {
      return new Cell(tag, cssClass, columns, markup);
    }
  }

  private static Cell cell(String tag, String cssClass, String text) {
    return new Cell(tag, cssClass, 1, escape(text));
  }

  private static Cell markup(String tag, String cssClass, String markup) {
    return new Cell(tag, cssClass, 1, markup);
  }

  private void element(String name, String cssClass, String text) {
    html.append('<').append(name);
    if (cssClass != null) {
      html.append(" class=\"").append(cssClass).append('"');
    }
    html.append('>').append(escape(text)).append("</").append(name).append('>');
  }

  private static String style() {
    var css = BookHtml.class.getResourceAsStream("/workplans/book.css");
    if (css == null) {
      throw new IllegalStateException("The book's style sheet workplans/book.css is missing from the application");
    }
    try (css) {
      return new String(css.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String anchor(int departmentIndex) {
    return "department-" + (departmentIndex + 1);
  }

  /**
   * Text as XHTML character data or an attribute value: markup characters escaped, and the characters
   * that XML 1.0 does not allow at all (control characters, lone surrogates) left out, since one of them
   * would make the whole page unreadable to the XML parser.
   */
  static String escape(String text) {
    var value = text(text);
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
}
