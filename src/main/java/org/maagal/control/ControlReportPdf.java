package org.maagal.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;
import org.maagal.documents.PdfDocument;
import org.maagal.documents.XhtmlPage;
import org.maagal.documents.XhtmlPage.Cell;
import org.maagal.organization.Organization;
import org.springframework.stereotype.Component;

/**
 * The mid-year control report (דוח בקרת אמצע שנה) as a PDF for the steering committee: how many deviations of each
 * kind, the strategy unit's conclusions, then department by department each deviation with what showed it, its
 * cause, its corrective action and date, and what the annual round showed. Before the strategy unit compiled it,
 * the report says it is a draft.
 */
@Component
class ControlReportPdf {

  static final String TITLE = "דוח בקרת אמצע שנה";
  static final String NOT_COMPILED = "טיוטה: היחידה לתכנון אסטרטגי טרם השלימה את הדוח ואת מסקנותיו";

  private final Organization organization;

  ControlReportPdf(Organization organization) {
    this.organization = organization;
  }

  byte[] pdf(ControlView control) {
    var html = XhtmlPage.titled(TITLE + " " + control.year(), "/control/control-report.css");
    html.element("div", "municipality", organization.municipalityName());
    html.element("h1", null, TITLE + " " + control.year());
    html.element("div", "when", "נפתחה עם סיום המדידה החצי שנתית, " + day(control.flaggedAt())
        + (control.compiled() ? "; הדוח הושלם בידי " + organization.personName(control.compiledBy()) + ", " + day(control.compiledAt()) : ""));
    if (!control.compiled()) {
      html.element("div", "draft-mark", NOT_COMPILED);
    }
    counts(html, control);
    html.element("h2", null, "מסקנות היחידה לתכנון אסטרטגי");
    html.open("div", "conclusions", null);
    html.paragraphs(control.conclusions(), "טרם נכתבו מסקנות");
    html.close("div");
    byDepartment(control.deviations()).forEach((department, deviations) -> {
      html.element("h2", null, department + " (" + deviations.size() + ")");
      deviations.forEach(deviation -> deviation(html, deviation));
    });
    if (control.deviations().isEmpty()) {
      html.element("p", "none", "הסבב החצי שנתי לא הראה חריגה הדורשת טיפול");
    }
    return PdfDocument.of(html, "the mid-year control report");
  }

  private static void counts(XhtmlPage html, ControlView control) {
    var byReason = new LinkedHashMap<String, Long>();
    control.deviations().forEach(deviation -> byReason.merge(deviation.reason(), 1L, Long::sum));
    html.markup("<table class=\"counts\"><tbody>");
    byReason.forEach((reason, count) -> html.row(null, Cell.text("th", null, reason),
        Cell.text("td", "count", String.valueOf(count))));
    html.row(null, Cell.text("th", null, "סך הכול חריגות"),
        Cell.text("td", "count", String.valueOf(control.deviations().size())));
    html.row(null, Cell.text("th", null, "עם פעולה מתקנת"), Cell.text("td", "count", String.valueOf(control.explained())));
    for (var outcome : List.of(Outcome.WORKED, Outcome.PARTLY, Outcome.NOT_WORKED, Outcome.DROPPED)) {
      if (control.count(outcome) > 0) {
        html.row(null, Cell.text("th", null, "בסבב השנתי: " + outcome.hebrewName()),
            Cell.text("td", "count", String.valueOf(control.count(outcome))));
      }
    }
    html.markup("</tbody></table>");
  }

  private static void deviation(XhtmlPage html, DeviationView deviation) {
    html.open("div", "deviation", null);
    html.element("h3", null, deviation.reason() + ": " + deviation.title());
    html.markup("<table class=\"deviation\"><tbody>");
    row(html, "מה הראה הסבב החצי שנתי", deviation.detail());
    row(html, "הגורם", deviation.cause());
    row(html, "הפעולה המתקנת", deviation.correctiveAction());
    row(html, "מועד לביצוע", IsraeliFormat.day(deviation.actionDue()));
    html.row(null, Cell.text("th", null, "בסבב השנתי"), Cell.text("td", "outcome "
        + deviation.outcome().name().toLowerCase(), (deviation.annualStatus() == null ? ""
            : deviation.annualStatus() + " — ") + deviation.outcomeName()));
    html.markup("</tbody></table>");
    html.close("div");
  }

  private static void row(XhtmlPage html, String label, String value) {
    boolean blank = value == null || value.isBlank();
    html.row(null, Cell.text("th", null, label), Cell.text("td", blank ? "none" : null, blank ? "טרם נמסר" : value));
  }

  /** The deviations by department, in the order they come (the organisation's). */
  private static Map<String, List<DeviationView>> byDepartment(List<DeviationView> deviations) {
    return deviations.stream().collect(Collectors.groupingBy(DeviationView::departmentName, LinkedHashMap::new,
        Collectors.toList()));
  }

  private static String day(Instant instant) {
    return instant == null ? "" : IsraeliFormat.day(instant.atZone(ApplicationClock.ISRAEL).toLocalDate());
  }
}
