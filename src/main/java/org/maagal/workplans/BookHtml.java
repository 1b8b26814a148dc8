package org.maagal.workplans;

import static org.maagal.workplans.BookText.amount;
import static org.maagal.workplans.BookText.list;
import static org.maagal.workplans.BookText.text;

import static org.maagal.documents.XhtmlPage.Cell.markup;
import static org.maagal.documents.XhtmlPage.escape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maagal.documents.XhtmlPage;
import org.maagal.documents.XhtmlPage.Cell;
import org.maagal.workplans.BookOfWorkPlans.Activity;
import org.maagal.workplans.BookOfWorkPlans.DepartmentPlan;
import org.maagal.workplans.BookOfWorkPlans.Line;
import org.maagal.workplans.BookOfWorkPlans.Target;
import org.maagal.workplans.BookOfWorkPlans.Total;

/**
 * The book of work plans as the XHTML page that {@link BookPdf} lays out: a cover, a table of contents,
 * the summary, then each department from a new page.
 */
final class BookHtml {

  private final XhtmlPage html;

  private BookHtml(XhtmlPage html) {
    this.html = html;
  }

  static XhtmlPage of(BookOfWorkPlans book) {
    var html = new BookHtml(XhtmlPage.titled(BookText.TITLE + " " + book.year(), "/workplans/book.css"));
    html.write(book);
    return html.html;
  }

  private void write(BookOfWorkPlans book) {
    cover(book);
    contents(book);
    summary(book);
    var departments = list(book.departments());
    for (int index = 0; index < departments.size(); index++) {
      department(departments.get(index), anchor(index));
    }
  }

  private void cover(BookOfWorkPlans book) {
    html.markup("<div class=\"cover\">");
    element("div", "municipality", book.municipality());
    element("h1", "book-title", BookText.TITLE);
    element("div", "year", String.valueOf(book.year()));
    element("div", "compiled", BookText.COMPILED + ": " + BookText.compiled(book.compiledAt()));
    html.markup("</div>");
  }

  /** Page numbers come from the layout itself: each entry's page is the page its anchor lands on. */
  private void contents(BookOfWorkPlans book) {
    html.markup("<div class=\"contents\">");
    element("h2", null, BookText.CONTENTS);
    html.markup("<table class=\"contents\"><tbody>");
    html.contentsEntry("summary", BookText.SUMMARY);
    var departments = list(book.departments());
    for (int index = 0; index < departments.size(); index++) {
      html.contentsEntry(anchor(index), departments.get(index).departmentName());
    }
    html.markup("</tbody></table></div>");
  }

  private void summary(BookOfWorkPlans book) {
    html.markup("<div class=\"summary\" id=\"summary\">");
    element("h2", null, BookText.SUMMARY);
    totals(BookText.BY_DOMAIN, BookText.DOMAIN, list(book.byDomain()));
    totals(BookText.BY_SOURCE, BookText.SOURCE, list(book.bySource()));
    if (!list(book.byEmphasis()).isEmpty()) {
      totals(BookText.BY_EMPHASIS, BookText.EMPHASIS, list(book.byEmphasis()));
    }
    html.markup("<table class=\"totals grand\"><tbody>");
    row("total", cell("th", null, BookText.GRAND_TOTAL), cell("td", "amount", amount(book.total())));
    html.markup("</tbody></table>");

    element("h3", null, BookText.BY_DEPARTMENT);
    html.markup("<table class=\"totals\"><thead>");
    row(null, cell("th", null, BookText.DEPARTMENT), cell("th", "narrow", BookText.VERSION),
        cell("th", "status", BookText.STATUS), cell("th", "amount", BookText.AMOUNT));
    html.markup("</thead><tbody>");
    for (DepartmentPlan department : list(book.departments())) {
      row(null, cell("td", null, department.departmentName()),
          cell("td", "narrow", String.valueOf(department.version())), cell("td", "status", department.status()),
          cell("td", "amount", amount(department.total())));
    }
    html.markup("</tbody></table></div>");
  }

  private void totals(String title, String nameHeader, List<Total> totals) {
    element("h3", null, title);
    html.markup("<table class=\"totals\"><thead>");
    row(null, cell("th", null, nameHeader), cell("th", "amount", BookText.AMOUNT));
    html.markup("</thead><tbody>");
    for (Total total : totals) {
      row(null, cell("td", null, total.name()), cell("td", "amount", amount(total.amount())));
    }
    html.markup("</tbody></table>");
  }

  private void department(DepartmentPlan department, String anchor) {
    html.open("div", "department", anchor);
    element("h2", "department-name", department.departmentName());
    element("div", "version", BookText.VERSION + " " + department.version() + " · " + text(department.status()));
    if (department.amended() != null) {
      element("div", "amended", department.amended());
    }
    targets(list(department.targets()));
    activities(list(department.activities()));
    budget(department);
    html.markup("</div>");
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
      html.markup("<div class=\"domain\">");
      element("div", "domain-name", BookText.DOMAIN + ": " + domain);
      goals.forEach((goal, goalTargets) -> {
        html.markup("<div class=\"goal\">");
        element("div", "goal-name", BookText.GOAL + ": " + goal);
        for (Target target : goalTargets) {
          html.markup("<div class=\"target\">");
          // the marks are text, not CSS generated content, which openhtmltopdf places on the wrong side in RTL
          element("div", "target-name", "• " + text(target.target()));
          for (String indicator : list(target.indicators())) {
            element("div", "indicator", "– " + text(indicator));
          }
          html.markup("</div>");
        }
        html.markup("</div>");
      });
      html.markup("</div>");
    });
  }

  private void activities(List<Activity> activities) {
    element("h3", null, BookText.ACTIVITIES);
    if (activities.isEmpty()) {
      element("p", "none", BookText.NONE);
      return;
    }
    html.markup("<table class=\"activities\"><thead>");
    row(null, cell("th", "title", BookText.ACTIVITY), cell("th", "owner", BookText.OWNER),
        cell("th", "dates", BookText.DATES), cell("th", "milestones", BookText.MILESTONES),
        cell("th", "output", BookText.OUTPUT_MEASURE), cell("th", "targets", BookText.LINKED_TARGETS));
    html.markup("</thead><tbody>");
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
    html.markup("</tbody></table>");
  }

  /** The budget lines under their activity, each activity with its subtotal, then the department's total. */
  private void budget(DepartmentPlan department) {
    element("h3", null, BookText.BUDGET);
    html.markup("<table class=\"budget\"><thead>");
    row(null, cell("th", "code", BookText.CLAUSE_CODE), cell("th", "clause", BookText.CLAUSE_NAME),
        cell("th", "type", BookText.TYPE), cell("th", "source", BookText.SOURCE),
        cell("th", "amount", BookText.AMOUNT), cell("th", "status", BookText.STATUS));
    html.markup("</thead><tbody>");
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
    html.markup("</tbody></table>");
  }

  private void row(String cssClass, Cell... cells) {
    html.row(cssClass, cells);
  }

  private static Cell cell(String tag, String cssClass, String text) {
    return Cell.text(tag, cssClass, text);
  }

  private void element(String name, String cssClass, String text) {
    html.element(name, cssClass, text);
  }

  private static String anchor(int departmentIndex) {
    return "department-" + (departmentIndex + 1);
  }
}
