package org.maagal.meetings;

import static org.maagal.documents.XhtmlPage.escape;
import static org.maagal.meetings.MeetingPaperText.list;
import static org.maagal.meetings.MeetingPaperText.text;

import org.maagal.documents.IsraeliFormat;
import org.maagal.documents.PdfDocument;
import org.maagal.documents.XhtmlPage;
import org.maagal.documents.XhtmlPage.Cell;
import org.springframework.stereotype.Component;

/**
 * The meeting pack (חוברת ישיבה) sent to the members before a meeting, as a PDF: a cover saying who meets when
 * and where, then the members, the agenda numbered, and the committee's action items still open from earlier
 * meetings, a late one marked in words.
 */
@Component
class MeetingPackPdf {

  byte[] write(MeetingPapers papers) {
    return PdfDocument.of(new Writer(papers).write(), "the meeting pack");
  }

  /** One pack's page as it is written. */
  private static final class Writer {

    private final MeetingPapers papers;
    private final MeetingView meeting;
    private final XhtmlPage html;

    Writer(MeetingPapers papers) {
      this.papers = papers;
      this.meeting = papers.meeting();
      this.html = XhtmlPage.titled(MeetingPaperText.PACK + " — " + meeting.committeeName() + " "
          + IsraeliFormat.day(meeting.startsAt().toLocalDate()), "/meetings/meeting-papers.css");
    }

    XhtmlPage write() {
      cover();
      html.open("div", "part", null);
      members();
      agenda();
      openActions();
      lateWork();
      html.close("div");
      return html;
    }

    private void cover() {
      html.open("div", "cover", null);
      html.element("div", "municipality", papers.municipality());
      html.element("h1", "book-title", MeetingPaperText.PACK);
      html.element("div", "committee", meeting.committeeName());
      if (meeting.extraordinary()) {
        html.element("div", "extraordinary", MeetingPaperText.EXTRAORDINARY);
      }
      html.element("div", "when", MeetingPaperText.day(meeting.startsAt()));
      html.element("div", "when", MeetingPaperText.hours(meeting.startsAt(), meeting.endsAt()));
      html.element("div", "where", MeetingPaperText.PLACE + ": " + text(meeting.place()));
      if (meeting.status() == MeetingStatus.CANCELLED) {
        html.element("div", "cancelled", MeetingPaperText.CANCELLED + ": " + text(meeting.cancelReason()));
      }
      html.close("div");
    }

    private void members() {
      html.element("h2", null, MeetingPaperText.MEMBERS);
      html.markup("<table class=\"members\"><thead>");
      html.row(null, Cell.text("th", "name", MeetingPaperText.NAME), Cell.text("th", "sector", MeetingPaperText.SECTOR),
          Cell.text("th", "role", MeetingPaperText.ROLE));
      html.markup("</thead><tbody>");
      for (var member : papers.members()) {
        html.row(null, Cell.text("td", "name", member.name()), Cell.text("td", "sector", member.sector()),
            Cell.text("td", "role", member.chair() ? MeetingPaperText.CHAIR : MeetingPaperText.MEMBER));
      }
      html.markup("</tbody></table>");
      html.element("p", "quorum", MeetingPaperText.QUORUM + ": " + MeetingPaperText.required(meeting.quorum(),
          meeting.members()));
    }

    private void agenda() {
      html.element("h2", null, MeetingPaperText.AGENDA);
      var items = list(meeting.agenda());
      if (items.isEmpty()) {
        html.element("p", "none", MeetingPaperText.NO_AGENDA);
      }
      for (int index = 0; index < items.size(); index++) {
        var item = items.get(index);
        html.open("div", "item", null);
        html.markup("<div class=\"item-title\"><span class=\"item-number\">" + escape((index + 1) + ".")
            + "</span> " + escape(item.title()) + " <span class=\"kind\">" + escape("(" + MeetingPaperText.kind(item.kind()) + ")")
            + "</span></div>");
        if (!text(item.detail()).isEmpty()) {
          text(item.detail()).lines().filter(line -> !line.isBlank())
              .forEach(line -> html.element("p", "detail", line));
        }
        if (!text(item.link()).isEmpty()) {
          html.markup("<p class=\"link\">" + escape(MeetingPaperText.TO_READ + ":") + " <span class=\"address\">"
              + escape(papers.baseUrl() + item.link()) + "</span></p>");
        }
        if (item.timesMoved() > 0) {
          html.element("p", "moved", MeetingPaperText.MOVED);
        }
        html.close("div");
      }
    }

    private void openActions() {
      html.element("h2", null, MeetingPaperText.OPEN_ACTIONS);
      if (papers.openFromEarlier().isEmpty()) {
        html.element("p", "none", MeetingPaperText.NO_OPEN_ACTIONS);
        return;
      }
      html.markup("<table class=\"actions\"><thead>");
      html.row(null, Cell.text("th", "what", MeetingPaperText.ACTION), Cell.text("th", "owner", MeetingPaperText.OWNER),
          Cell.text("th", "date", MeetingPaperText.GIVEN), Cell.text("th", "date", MeetingPaperText.DUE),
          Cell.text("th", "state", MeetingPaperText.STATE));
      html.markup("</thead><tbody>");
      for (var open : papers.openFromEarlier()) {
        var action = open.action();
        html.row(open.late() ? "late" : null, Cell.text("td", "what", action.what()),
            Cell.text("td", "owner", action.ownerName()),
            Cell.text("td", "date", IsraeliFormat.day(open.givenAt())),
            Cell.text("td", "date", IsraeliFormat.day(action.due())),
            Cell.text("td", "state", open.late() ? MeetingPaperText.LATE : MeetingPaperText.ON_TIME));
      }
      html.markup("</tbody></table>");
    }

    /** The late work the committee hears of: only a meeting still ahead lists it, as it stands today. */
    private void lateWork() {
      var late = list(meeting.lateWork());
      if (late.isEmpty()) {
        return;
      }
      html.element("h2", null, MeetingPaperText.LATE_WORK);
      html.markup("<table class=\"actions\"><thead>");
      html.row(null, Cell.text("th", "what", MeetingPaperText.TASK), Cell.text("th", "date",
          MeetingPaperText.DAYS_LATE), Cell.text("th", "state", MeetingPaperText.REASON));
      html.markup("</thead><tbody>");
      for (var task : late) {
        html.row("late", Cell.text("td", "what", task.taskName()),
            Cell.text("td", "date", String.valueOf(task.lateBusinessDays())),
            Cell.text("td", "state", text(task.reason())));
      }
      html.markup("</tbody></table>");
    }
  }
}
