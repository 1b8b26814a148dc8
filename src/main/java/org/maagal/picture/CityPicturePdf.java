package org.maagal.picture;

import java.math.BigDecimal;
import java.time.Instant;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;
import org.maagal.documents.PdfDocument;
import org.maagal.documents.XhtmlPage;
import org.maagal.documents.XhtmlPage.Cell;
import org.springframework.stereotype.Component;

/**
 * The city's picture as a PDF for the planners: the strategy unit's summary, the city's figures beside last year's,
 * each channel's picture and rubric with its change, the departments by domain, last year's carried gaps and what
 * became of them, and the CEO's emphases and the teams' recommendations once they are given. Until the strategy
 * unit closes phase 1 the document says it is a draft.
 */
@Component
class CityPicturePdf {

  static final String TITLE = "תמונת העיר";
  static final String DRAFT = "טיוטה: היחידה לתכנון אסטרטגי טרם סגרה את שלב הערכת המצב";
  static final String NOT_GIVEN = "טרם נמסר";

  byte[] pdf(CityPictureView picture) {
    var html = XhtmlPage.titled(TITLE + " " + picture.year(), "/picture/city-picture.css");
    html.element("div", "municipality", picture.municipality());
    html.element("h1", null, TITLE + " " + picture.year() + ": מסמך הערכת המצב");
    if (picture.closed()) {
      html.element("div", "when", "שלב הערכת המצב נסגר בידי " + picture.closedBy() + ", " + day(picture.closedAt()));
    } else {
      html.element("div", "draft-mark", DRAFT);
    }
    html.element("h2", null, "סיכום היחידה לתכנון אסטרטגי");
    html.paragraphs(picture.summary(), "הסיכום נכתב עם סגירת השלב");
    city(html, picture);
    channels(html, picture);
    departments(html, picture);
    carriedGaps(html, picture);
    planning(html, picture);
    return PdfDocument.of(html, "the city's picture");
  }

  private static void city(XhtmlPage html, CityPictureView picture) {
    var city = picture.city();
    html.element("h2", null, "נתוני העיר והסקרים");
    if (city.sources() == null) {
      html.element("p", "none", "מחלקת המחקר טרם הגישה את נתוני העיר");
      return;
    }
    html.element("p", "sources", city.sources() + (city.lastYearSources() == null ? ""
        : " (בשנה הקודמת: " + city.lastYearSources() + ")"));
    html.markup("<table class=\"figures\"><thead>");
    html.row(null, Cell.text("th", null, "נתון"), Cell.text("th", null, String.valueOf(picture.year())),
        Cell.text("th", null, String.valueOf(picture.year() - 1)), Cell.text("th", null, "שינוי"));
    html.markup("</thead><tbody>");
    city.figures().forEach(figure -> html.row(null, Cell.text("th", null, figure.label()),
        Cell.text("td", "number", IsraeliFormat.number(figure.value())),
        Cell.text("td", "number", IsraeliFormat.number(figure.lastYear())),
        Cell.text("td", "number", change(figure.change()))));
    html.markup("</tbody></table>");
    html.element("h3", null, "ממצאים עיקריים");
    html.paragraphs(city.findings(), NOT_GIVEN);
  }

  private static void channels(XhtmlPage html, CityPictureView picture) {
    html.element("h2", "part", "האפיקים: תמונת המצב והמחוון");
    if (picture.channels().isEmpty()) {
      html.element("p", "none", "צוותי העבודה טרם הגישו את תמונות המצב של האפיקים");
    }
    for (var channel : picture.channels()) {
      html.open("div", "channel", null);
      html.element("h3", null, channel.teamName());
      html.paragraphs(channel.picture(), NOT_GIVEN);
      html.markup("<table class=\"rubric\"><thead>");
      html.row(null, Cell.text("th", null, "זירה ותת-מדד"), Cell.text("th", "narrow", "ציון"),
          Cell.text("th", "narrow", "בשנה הקודמת"), Cell.text("th", "narrow", "שינוי"),
          Cell.text("th", null, "הערת הצוות"));
      html.markup("</thead>");
      for (var arena : channel.arenas()) {
        // an arena's rows stay together on a page, its average above its sub-criteria
        html.markup("<tbody class=\"arena\">");
        html.row("arena", Cell.text("th", null, arena.arena() + " · ממוצע"),
            Cell.text("td", "number", IsraeliFormat.number(arena.average())),
            Cell.text("td", "number", IsraeliFormat.number(arena.lastYear())),
            Cell.text("td", "number change" + direction(arena.change()), change(arena.change())),
            Cell.text("td", null, ""));
        arena.criteria().forEach(score -> html.row(null, Cell.text("th", "criterion", score.criterion()),
            Cell.text("td", "number", text(score.score())), Cell.text("td", "number", text(score.lastYear())),
            Cell.text("td", "number change" + direction(score.change()), score.change() == null ? "—"
                : change(BigDecimal.valueOf(score.change()))),
            Cell.text("td", null, score.comment())));
        html.markup("</tbody>");
      }
      html.markup("</table>");
      html.close("div");
    }
  }

  private static void departments(XhtmlPage html, CityPictureView picture) {
    html.element("h2", "part", "הערכות המצב של המחלקות, לפי תחום");
    for (var domain : picture.domains()) {
      html.element("h3", null, domain.domainName());
      for (var department : domain.departments()) {
        html.open("div", "department", null);
        html.element("h4", null, department.departmentName() + " · " + department.statusName());
        if (department.nothingToReport()) {
          html.element("p", "none", "המחלקה הודיעה שאין לה מה לדווח בשלב זה");
        } else if (department.submitted()) {
          html.markup("<table class=\"assessment\"><tbody>");
          row(html, "תמונת מצב", department.state());
          row(html, "הישגים", department.achievements());
          row(html, "פערים", department.gaps());
          row(html, "אתגרים לשנה הבאה", department.challenges());
          if (department.carriedGapsFollowUp() != null) {
            row(html, "מה נעשה בפערים שעברו", department.carriedGapsFollowUp());
          }
          html.markup("</tbody></table>");
        }
        html.close("div");
      }
    }
  }

  private static void carriedGaps(XhtmlPage html, CityPictureView picture) {
    html.element("h2", null, "פערים שעברו מ-" + (picture.year() - 1) + " ומה נעשה בהם");
    if (picture.carriedGaps().isEmpty()) {
      html.element("p", "none", "ועדת ההיגוי לא העבירה פערים מהשנה הקודמת");
    }
    for (var department : picture.carriedGaps()) {
      html.open("div", "department", null);
      html.element("h4", null, department.departmentName());
      html.markup("<table class=\"gaps\"><thead>");
      html.row(null, Cell.text("th", null, "הפער"), Cell.text("th", null, "ההסבר"),
          Cell.text("th", null, "הטיפול שהוצע"));
      html.markup("</thead><tbody>");
      department.gaps().forEach(gap -> html.row(null, Cell.text("td", null, gap.title()),
          Cell.text("td", null, gap.explanation()), Cell.text("td", null, gap.treatment())));
      html.markup("</tbody></table>");
      html.element("p", department.followUp() == null ? "none" : "follow-up", "מה נעשה בהם, לדברי המחלקה: "
          + (department.followUp() == null ? NOT_GIVEN : department.followUp()));
      html.close("div");
    }
  }

  private static void planning(XhtmlPage html, CityPictureView picture) {
    html.element("h2", null, "דגשי המנכ\"ל והמלצות צוותי העבודה");
    html.element("h3", null, "הדגשים הניהוליים");
    html.paragraphs(picture.emphases(), "המנכ\"ל נותן את הדגשים עם פתיחת שלב התכנון");
    html.element("h3", null, "המלצות צוותי העבודה");
    if (picture.recommendations().isEmpty()) {
      html.element("p", "none", "הצוותים ממליצים על מטרות בשלב התכנון");
    }
    picture.recommendations().forEach(recommendation -> {
      html.element("h4", null, recommendation.teamName());
      html.paragraphs(recommendation.text(), NOT_GIVEN);
    });
  }

  private static void row(XhtmlPage html, String label, String value) {
    boolean blank = value == null || value.isBlank();
    html.row(null, Cell.text("th", null, label), Cell.text("td", blank ? "none" : null, blank ? NOT_GIVEN : value));
  }

  /** "+3", "-1.5", "0" (the fonts have no minus sign of their own); a dash when unknown. */
  static String change(BigDecimal change) {
    if (change == null) {
      return "—";
    }
    String size = IsraeliFormat.number(change.abs());
    return change.signum() > 0 ? "+" + size : change.signum() < 0 ? "-" + size : "0";
  }

  private static String direction(Integer change) {
    return change == null || change == 0 ? "" : change > 0 ? " up" : " down";
  }

  private static String direction(BigDecimal change) {
    return change == null || change.signum() == 0 ? "" : change.signum() > 0 ? " up" : " down";
  }

  private static String text(Integer value) {
    return value == null ? "—" : String.valueOf(value);
  }

  private static String day(Instant instant) {
    return instant == null ? "" : IsraeliFormat.day(instant.atZone(ApplicationClock.ISRAEL).toLocalDate());
  }
}
