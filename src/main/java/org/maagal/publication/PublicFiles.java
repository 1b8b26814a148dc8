package org.maagal.publication;

import java.util.ArrayList;
import java.util.List;
import org.maagal.documents.PdfDocument;
import org.maagal.documents.XhtmlPage;
import org.maagal.documents.XhtmlPage.Cell;
import org.maagal.spreadsheets.CsvFile;

/**
 * What the public site hands out of a year: its table as CSV (a row per indicator, headers in the page's language)
 * and its booklet as PDF (in Hebrew, as the city's documents are), both from the same page the site shows.
 */
final class PublicFiles {

  private static final SiteLanguage HEBREW = SiteLanguage.HE;

  private PublicFiles() {
  }

  static byte[] csv(PublicYearPage page, SiteLanguage language) {
    var header = new ArrayList<>(List.of(language.text("domain"), language.text("goal"), language.text("target"),
        language.text("indicator"), language.text("unit"), language.text("department"), language.text("baseline"),
        language.text("goalValue")));
    if (page.hasResults()) {
      header.addAll(List.of(language.text("actual"), language.text("status")));
    }
    if (page.hasMoney()) {
      header.add(language.text("money"));
    }
    var rows = new ArrayList<List<String>>();
    for (var line : page.lines()) {
      var indicator = line.indicator();
      var row = new ArrayList<>(List.of(line.domain().name(), line.goal().title(), line.target().title(),
          indicator.name(), indicator.unit(), indicator.department(), indicator.baseline(), indicator.target()));
      if (page.hasResults()) {
        row.addAll(List.of(indicator.actual() == null ? "" : indicator.actual(), indicator.statusWord()));
      }
      if (page.hasMoney()) {
        row.add(line.target().money());
      }
      rows.add(row);
    }
    return CsvFile.write(header, rows);
  }

  static byte[] booklet(PublicYearPage page) {
    var html = XhtmlPage.titled(HEBREW.text("year.title", page.year()), "/publication/booklet.css")
        .element("h1", null, HEBREW.text("year.title", page.year()) + " — " + page.municipality());
    if (page.vision() != null) {
      html.element("p", "vision", HEBREW.text("vision") + ": " + page.vision());
    }
    page.notPublished().forEach(line -> html.element("p", "note", line));
    if (page.measuredAt() != null) {
      html.element("p", "note", page.measuredAt());
    }
    if (page.hasMoney()) {
      html.element("p", "money", HEBREW.text("money") + ", " + HEBREW.text("total") + ": " + page.total());
      page.bySource().forEach(sum -> html.element("p", "money", sum.name() + ": " + sum.amount()));
    }
    for (var domain : page.domains()) {
      html.open("div", "domain", null).element("h2", null, domain.name());
      for (var goal : domain.goals()) {
        html.element("p", "goal", HEBREW.text("goal") + ": " + goal.title());
        for (var target : goal.targets()) {
          html.element("p", "target", HEBREW.text("target") + ": " + target.title());
          if (target.money() != null) {
            html.element("p", "money", HEBREW.text("money") + ": " + target.money()
                + (target.moneyBySource() == null ? "" : " (" + target.moneyBySource() + ")"));
          }
          indicators(html, page, target);
        }
      }
      html.close("div");
    }
    if (page.hasResults()) {
      html.element("h2", null, HEBREW.text("carried"));
      if (page.carried().isEmpty()) {
        html.element("p", "note", HEBREW.text("carriedNone"));
      }
      page.carried().forEach(gap -> html.element("p", null, gap.title() + " (" + gap.department() + ", " + gap.kind() + ")"));
    }
    return PdfDocument.of(html, "the public booklet of " + page.year());
  }

  private static void indicators(XhtmlPage html, PublicYearPage page, PublicYearPage.TargetRow target) {
    html.open("table", null, null);
    var header = new ArrayList<>(List.of(Cell.text("th", null, HEBREW.text("indicator")),
        Cell.text("th", null, HEBREW.text("department")), Cell.text("th", null, HEBREW.text("baseline")),
        Cell.text("th", null, HEBREW.text("goalValue"))));
    if (page.hasResults()) {
      header.addAll(List.of(Cell.text("th", null, HEBREW.text("actual")), Cell.text("th", null, HEBREW.text("status"))));
    }
    html.row(null, header.toArray(Cell[]::new));
    for (var indicator : target.indicators()) {
      var cells = new ArrayList<>(List.of(Cell.text("td", null, indicator.name() + " (" + indicator.unit() + ")"),
          Cell.text("td", null, indicator.department()), Cell.text("td", null, indicator.baseline()),
          Cell.text("td", null, indicator.target())));
      if (page.hasResults()) {
        cells.addAll(List.of(Cell.text("td", null, indicator.actual()),
            Cell.text("td", "status-" + indicator.status(), indicator.statusWord())));
      }
      html.row(null, cells.toArray(Cell[]::new));
    }
    html.close("table");
  }
}
