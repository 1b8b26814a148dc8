package org.maagal.review;

import static org.maagal.documents.XhtmlPage.Cell.markup;
import static org.maagal.documents.XhtmlPage.escape;
import static org.maagal.review.BookletText.list;
import static org.maagal.review.BookletText.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.maagal.control.DeviationView;
import org.maagal.documents.IsraeliFormat;
import org.maagal.documents.PdfDocument;
import org.maagal.documents.XhtmlPage;
import org.maagal.documents.XhtmlPage.Cell;
import org.maagal.measurement.Adherence;
import org.maagal.organization.Organization;
import org.maagal.review.BookletText.Status;
import org.maagal.review.ResultsView.DepartmentResults;
import org.maagal.review.ResultsView.DomainResults;
import org.maagal.review.ResultsView.GapView;
import org.maagal.review.ResultsView.GoalResults;
import org.maagal.review.ResultsView.IndicatorResult;
import org.maagal.review.ResultsView.TargetResults;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The measurement booklet (חוברת המדידה) as a PDF to print and send: a cover, the contents, the summary
 * with the CEO's indicators, every indicator under its domain, goal and target, each department's
 * adherence, the gaps with their explanations, and the lessons. A status is printed as a coloured dot and
 * its word, never as a colour alone; a part with nothing in it says so in a sentence.
 */
@Component
class ResultsBookletPdf {

  private static final int INDICATOR_COLUMNS = 7;

  private final Supplier<String> municipality;

  @Autowired
  ResultsBookletPdf(Organization organization) {
    this(organization::municipalityName);
  }

  ResultsBookletPdf(Supplier<String> municipality) {
    this.municipality = municipality;
  }

  /** The booklet of these results, with the mid-year control's deviations the same reader may see. */
  byte[] pdf(ResultsView results, List<DeviationView> control) {
    return PdfDocument.of(new Writer(results, control, municipality.get()).write(), "the measurement booklet");
  }

  /** One booklet's page as it is written. */
  private static final class Writer {

    private final ResultsView results;
    private final List<DeviationView> control;
    private final String municipality;
    private final List<DomainResults> domains;
    private final XhtmlPage html;

    Writer(ResultsView results, List<DeviationView> control, String municipality) {
      this.results = results;
      this.control = control;
      this.municipality = municipality;
      this.domains = list(results.domains());
      this.html = XhtmlPage.titled(BookletText.TITLE + " " + results.year(), "/review/booklet.css");
    }

    XhtmlPage write() {
      cover();
      contents();
      summary();
      for (int index = 0; index < domains.size(); index++) {
        domain(domains.get(index), "domain-" + (index + 1));
      }
      departments();
      control();
      gaps();
      lessons();
      return html;
    }

    private void cover() {
      html.open("div", "cover", null);
      html.element("div", "municipality", municipality);
      html.element("h1", "book-title", BookletText.TITLE);
      html.element("div", "year", String.valueOf(results.year()));
      if (results.departmentName() != null) {
        html.element("div", "department-name", results.departmentName());
      }
      if (results.round() == null) {
        html.element("div", "compiled", BookletText.NO_ROUND);
      } else {
        html.element("div", "compiled", roundName());
        html.element("div", "measured", BookletText.MEASURED_AT + " " + IsraeliFormat.day(results.measuredAt()));
      }
      html.close("div");
    }

    /** Page numbers come from the layout itself: each entry's page is the page its anchor lands on. */
    private void contents() {
      html.open("div", "contents", null);
      html.element("h2", null, BookletText.CONTENTS);
      html.markup("<table class=\"contents\"><tbody>");
      html.contentsEntry("summary", BookletText.SUMMARY);
      html.contentsEntry("ceo-indicators", BookletText.CEO_INDICATORS);
      for (int index = 0; index < domains.size(); index++) {
        html.contentsEntry("domain-" + (index + 1), BookletText.DOMAIN + ": " + text(domains.get(index).domainName()));
      }
      html.contentsEntry("departments", BookletText.DEPARTMENTS);
      html.contentsEntry("control", BookletText.CONTROL);
      html.contentsEntry("gaps", BookletText.GAPS);
      html.contentsEntry("lessons", BookletText.LESSONS_AND_SUCCESSES);
      html.markup("</tbody></table>");
      html.close("div");
    }

    private void summary() {
      html.open("div", "part", "summary");
      html.element("h2", null, BookletText.SUMMARY);
      if (results.round() == null) {
        html.element("p", "none", BookletText.NO_ROUND);
      } else {
        html.element("p", "round", BookletText.ROUND + ": " + roundName() + " · " + BookletText.MEASURED_AT + " "
            + IsraeliFormat.day(results.measuredAt()));
      }
      html.element("h3", null, BookletText.STATUS_COUNT);
      html.markup("<table class=\"short\"><thead>");
      html.row(null, Cell.text("th", null, BookletText.STATUS), Cell.text("th", "number", BookletText.INDICATORS_COUNT));
      html.markup("</thead><tbody>");
      for (Status status : Status.values()) {
        html.row(null, markup("td", null, status(status, status.word)),
            Cell.text("td", "number", String.valueOf(status.of(results.count()))));
      }
      html.row("total", Cell.text("td", null, BookletText.TOTAL),
          Cell.text("td", "number", String.valueOf(BookletText.total(results.count()))));
      html.markup("</tbody></table>");

      html.element("h3", null, BookletText.ADHERENCE + " — "
          + (results.departmentName() == null ? BookletText.CITY : results.departmentName()));
      adherence(results.cityAdherence());
      html.close("div");

      html.open("div", "ceo", "ceo-indicators");
      html.element("h2", null, BookletText.CEO_INDICATORS);
      var ceo = new ArrayList<IndicatorResult>();
      domains.forEach(domain -> list(domain.goals()).forEach(goal -> list(goal.targets()).forEach(
          target -> list(target.indicators()).stream().filter(IndicatorResult::ceoIndicator).forEach(ceo::add))));
      if (ceo.isEmpty()) {
        html.element("p", "none", BookletText.NO_CEO_INDICATORS);
      } else {
        indicatorsHeader();
        ceo.forEach(this::indicator);
        html.markup("</tbody></table>");
      }
      html.close("div");
    }

    private void adherence(Adherence adherence) {
      if (adherence == null) {
        html.element("p", "none", BookletText.NO_ADHERENCE);
        return;
      }
      html.markup("<table class=\"short adherence\"><tbody>");
      html.row(null, Cell.text("th", null, BookletText.ON_TIME),
          Cell.text("td", "number", percent(adherence.onTimePercent())),
          Cell.text("td", null, adherence.onTime() + " " + BookletText.OUT_OF + " " + adherence.activities()));
      html.row(null, Cell.text("th", null, BookletText.BUDGET_ON_TIME),
          Cell.text("td", "number", percent(adherence.budgetOnTimePercent())),
          Cell.text("td", null, IsraeliFormat.shekels(adherence.plannedOnTime()) + " " + BookletText.OUT_OF + " "
              + IsraeliFormat.shekels(adherence.planned())));
      html.row(null, Cell.text("th", null, BookletText.EXECUTION),
          Cell.text("td", "number", percent(adherence.executionPercent())),
          Cell.text("td", null, IsraeliFormat.shekels(adherence.spent()) + " " + BookletText.OUT_OF + " "
              + IsraeliFormat.shekels(adherence.planned())));
      html.markup("</tbody></table>");
    }

    private void domain(DomainResults domain, String anchor) {
      html.open("div", "part", anchor);
      html.element("h2", null, BookletText.DOMAIN + ": " + text(domain.domainName()));
      html.element("p", "counts", BookletText.counts(domain.count()));
      var goals = list(domain.goals());
      if (goals.isEmpty()) {
        html.element("p", "none", BookletText.NO_INDICATORS);
      }
      for (GoalResults goal : goals) {
        html.element("h3", null, BookletText.GOAL + ": " + text(goal.goal()));
        indicatorsHeader();
        for (TargetResults target : list(goal.targets())) {
          html.row("group", Cell.text("td", null, BookletText.TARGET + ": " + text(target.target()))
              .spanning(INDICATOR_COLUMNS));
          var indicators = list(target.indicators());
          if (indicators.isEmpty()) {
            html.row(null, Cell.text("td", "none", BookletText.NONE).spanning(INDICATOR_COLUMNS));
          }
          indicators.forEach(this::indicator);
        }
        html.markup("</tbody></table>");
      }
      html.close("div");
    }

    private void indicatorsHeader() {
      html.markup("<table class=\"indicators\"><thead>");
      html.row(null, Cell.text("th", "indicator", BookletText.INDICATOR), Cell.text("th", "owner", BookletText.OWNER),
          Cell.text("th", "number", BookletText.BASELINE), Cell.text("th", "number", BookletText.TARGET_VALUE),
          Cell.text("th", "number", BookletText.SEMI_ANNUAL), Cell.text("th", "number", BookletText.ANNUAL),
          Cell.text("th", "status", BookletText.STATUS));
      html.markup("</thead><tbody>");
    }

    private void indicator(IndicatorResult indicator) {
      var name = new StringBuilder("<div>").append(escape(indicator.indicator())).append("</div>");
      if (!text(indicator.note()).isEmpty()) {
        name.append("<div class=\"note\">").append(escape(BookletText.NOTE + ": " + indicator.note())).append("</div>");
      }
      html.row(null, markup("td", "indicator", name.toString()),
          Cell.text("td", "owner", indicator.ownerDepartmentName()),
          measure(BookletText.value(indicator.baseline(), indicator.unit()), BookletText.year(indicator.baseline())),
          measure(BookletText.value(indicator.target(), indicator.unit()), BookletText.year(indicator.target())),
          Cell.text("td", "number", BookletText.value(indicator.semiAnnual(), indicator.unit())),
          Cell.text("td", "number", BookletText.value(indicator.annual(), indicator.unit())),
          markup("td", "status", status(Status.of(indicator.status()),
              BookletText.statusWord(indicator.status(), indicator.statusName()))));
    }

    /** A value with its year in small print under it. */
    private static Cell measure(String value, String year) {
      return markup("td", "number", "<div>" + escape(value) + "</div><div class=\"of-year\">" + escape(year)
          + "</div>");
    }

    /** A coloured dot and the status's word beside it: the colour is never all there is. */
    private static String status(Status status, String word) {
      return "<span class=\"dot " + status.code + "\"></span><span class=\"status-word\">" + escape(word)
          + "</span>";
    }

    private void departments() {
      html.open("div", "part", "departments");
      html.element("h2", null, BookletText.DEPARTMENTS);
      var departments = list(results.departments());
      if (departments.isEmpty()) {
        html.element("p", "none", BookletText.NO_DEPARTMENTS);
        html.close("div");
        return;
      }
      html.markup("<table class=\"departments\"><thead>");
      html.row(null, Cell.text("th", "name", BookletText.DEPARTMENT),
          Cell.text("th", "report", BookletText.SEMI_ANNUAL_REPORT), Cell.text("th", "report", BookletText.ANNUAL_REPORT),
          markup("th", "count", status(Status.GREEN, Status.GREEN.word)),
          markup("th", "count", status(Status.AMBER, Status.AMBER.word)),
          markup("th", "count", status(Status.RED, Status.RED.word)),
          markup("th", "count", status(Status.NONE, Status.NONE.word)),
          Cell.text("th", "number", BookletText.ON_TIME), Cell.text("th", "number", BookletText.BUDGET_ON_TIME),
          Cell.text("th", "number", BookletText.EXECUTION));
      html.markup("</thead><tbody>");
      for (DepartmentResults department : departments) {
        var adherence = department.adherence();
        html.row(null, Cell.text("td", "name", department.departmentName()),
            Cell.text("td", "report", report(department.semiAnnualStatus())),
            Cell.text("td", "report", report(department.annualStatus())),
            Cell.text("td", "count", String.valueOf(Status.GREEN.of(department.count()))),
            Cell.text("td", "count", String.valueOf(Status.AMBER.of(department.count()))),
            Cell.text("td", "count", String.valueOf(Status.RED.of(department.count()))),
            Cell.text("td", "count", String.valueOf(Status.NONE.of(department.count()))),
            Cell.text("td", "number", adherence == null ? BookletText.NONE : percent(adherence.onTimePercent())),
            Cell.text("td", "number", adherence == null ? BookletText.NONE : percent(adherence.budgetOnTimePercent())),
            Cell.text("td", "number", adherence == null ? BookletText.NONE : percent(adherence.executionPercent())));
      }
      html.markup("</tbody></table>");
      html.close("div");
    }

    /** Each deviation of the mid-year control: what it was, the corrective action and what the annual round showed. */
    private void control() {
      html.open("div", "part", "control");
      html.element("h2", null, BookletText.CONTROL);
      if (control.isEmpty()) {
        html.element("p", "none", BookletText.NO_CONTROL);
      } else {
        html.markup("<table class=\"control\"><thead>");
        html.row(null, Cell.text("th", "department", BookletText.DEPARTMENT),
            Cell.text("th", "deviation", BookletText.DEVIATION),
            Cell.text("th", "action", BookletText.CORRECTIVE_ACTION), Cell.text("th", "due", BookletText.DUE),
            Cell.text("th", "outcome", BookletText.AT_ANNUAL));
        html.markup("</thead><tbody>");
        for (var deviation : control) {
          html.row(null, Cell.text("td", "department", deviation.departmentName()),
              Cell.text("td", "deviation", deviation.reason() + ": " + deviation.title()),
              Cell.text("td", "action", deviation.correctiveAction() == null ? BookletText.NOT_EXPLAINED
                  : deviation.correctiveAction()),
              Cell.text("td", "due", IsraeliFormat.day(deviation.actionDue())),
              Cell.text("td", "outcome " + deviation.outcome().name().toLowerCase(),
                  (deviation.annualStatus() == null ? "" : deviation.annualStatus() + " — ") + deviation.outcomeName()));
        }
        html.markup("</tbody></table>");
      }
      html.close("div");
    }

    private void gaps() {
      html.open("div", "part", "gaps");
      html.element("h2", null, BookletText.GAPS);
      var gaps = list(results.gaps());
      if (gaps.isEmpty()) {
        html.element("p", "none", BookletText.NO_GAPS);
      }
      for (GapView gap : gaps) {
        html.open("div", "gap", null);
        html.element("h3", null, text(gap.departmentName()) + " — " + text(gap.title()));
        html.markup("<table class=\"gap\"><tbody>");
        if (!text(gap.kindName()).isEmpty()) {
          gapLine(BookletText.KIND, gap.kindName(), null);
        }
        gapLine(BookletText.DETAIL, gap.detail(), null);
        gapLine(BookletText.EXPLANATION, gap.explanation(), BookletText.NOT_EXPLAINED);
        gapLine(BookletText.TREATMENT, gap.treatment(), BookletText.NONE);
        gapLine(BookletText.CARRIED, BookletText.carried(gap.carried()), null);
        html.markup("</tbody></table>");
        html.close("div");
      }
      html.close("div");
    }

    private void gapLine(String label, String value, String whenBlank) {
      var shown = text(value).isEmpty() && whenBlank != null ? whenBlank : value;
      html.row(null, Cell.text("th", null, label), Cell.text("td", null, shown));
    }

    private void lessons() {
      html.open("div", "part", "lessons");
      html.element("h2", null, BookletText.LESSONS_AND_SUCCESSES);
      var lessons = results.lessons();
      paragraphs(BookletText.LESSONS, lessons == null ? null : lessons.lessons(), BookletText.NO_LESSONS);
      paragraphs(BookletText.SUCCESSES, lessons == null ? null : lessons.successes(), BookletText.NO_SUCCESSES);
      html.close("div");
    }

    /** Text as typed, a paragraph for each of its lines. */
    private void paragraphs(String title, String text, String whenBlank) {
      html.element("h3", null, title);
      html.paragraphs(text, whenBlank);
    }

    private String roundName() {
      var name = text(results.roundName());
      return name.isEmpty() && results.round() != null ? results.round().hebrewName() : name;
    }

    private static String report(String status) {
      return text(status).isEmpty() ? BookletText.NOT_SUBMITTED : status;
    }

    private static String percent(java.math.BigDecimal percent) {
      return percent == null ? BookletText.NONE : IsraeliFormat.percent(percent);
    }
  }
}
