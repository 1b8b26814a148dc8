package org.maagal.meetings;

import static org.maagal.meetings.MeetingPaperText.list;
import static org.maagal.meetings.MeetingPaperText.text;

import java.util.stream.Collectors;
import org.maagal.documents.IsraeliFormat;
import org.maagal.documents.PdfDocument;
import org.maagal.documents.XhtmlPage;
import org.maagal.documents.XhtmlPage.Cell;
import org.maagal.reviewing.ReviewStatus;
import org.springframework.stereotype.Component;

/**
 * The minutes (פרוטוקול) of a meeting as a PDF: who came and whether there was a quorum, each agenda item with
 * what was said and each vote member by member, the action items given, the summary, and where the minutes
 * stand in their reviewed life. A draft says so at the head of every page, so that no page of it passes for the
 * approved minutes.
 */
@Component
class MinutesPdf {

  byte[] write(MeetingPapers papers) {
    return PdfDocument.of(new Writer(papers).write(), "the minutes");
  }

  /** One minutes' page as it is written. */
  private static final class Writer {

    private final MeetingPapers papers;
    private final MeetingView meeting;
    private final XhtmlPage html;

    Writer(MeetingPapers papers) {
      this.papers = papers;
      this.meeting = papers.meeting();
      this.html = XhtmlPage.titled(MeetingPaperText.MINUTES + " — " + meeting.committeeName() + " "
          + IsraeliFormat.day(meeting.startsAt().toLocalDate()), "/meetings/meeting-papers.css");
    }

    XhtmlPage write() {
      if (papers.minutes() == null || papers.minutes().draft()) {
        // a running element: document.css's page puts it at the head of every page
        html.element("div", "draft-mark", MeetingPaperText.DRAFT_MARK);
      }
      head();
      attendance();
      agenda();
      actions();
      summary();
      status();
      return html;
    }

    private void head() {
      html.open("div", "head", null);
      html.element("div", "municipality", papers.municipality());
      html.element("h1", null, MeetingPaperText.MINUTES + " — " + meeting.committeeName());
      html.element("div", "when", MeetingPaperText.day(meeting.startsAt()) + " · "
          + MeetingPaperText.hours(meeting.startsAt(), meeting.endsAt()) + " · " + MeetingPaperText.PLACE + ": "
          + text(meeting.place()));
      if (meeting.extraordinary()) {
        html.element("div", "extraordinary", MeetingPaperText.EXTRAORDINARY);
      }
      html.element("div", "minutes-status", MeetingPaperText.MINUTES_STATUS + ": " + statusLine());
      html.close("div");
    }

    private void attendance() {
      html.element("h2", null, MeetingPaperText.ATTENDANCE);
      var present = papers.members().stream().filter(papers::present).map(this::named)
          .collect(Collectors.joining(", "));
      var absent = papers.members().stream().filter(member -> !papers.present(member)).map(this::named)
          .collect(Collectors.joining(", "));
      html.markup("<table class=\"attendance\"><tbody>");
      html.row(null, Cell.text("th", null, MeetingPaperText.PRESENT),
          Cell.text("td", null, present.isEmpty() ? MeetingPaperText.NOBODY : present));
      html.row(null, Cell.text("th", null, MeetingPaperText.ABSENT),
          Cell.text("td", null, absent.isEmpty() ? MeetingPaperText.NOBODY : absent));
      html.row(Boolean.FALSE.equals(meeting.quorumMet()) ? "no-quorum" : null,
          Cell.text("th", null, MeetingPaperText.QUORUM), Cell.text("td", null, MeetingPaperText.quorum(
              meeting.quorum(), meeting.members(), meeting.present().size(), meeting.quorumMet())));
      html.markup("</tbody></table>");
    }

    private String named(MeetingPapers.Member member) {
      return member.name() + " (" + (member.chair() ? MeetingPaperText.CHAIR + ", " : "") + member.sector() + ")";
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
        html.element("h3", null, (index + 1) + ". " + item.title() + " (" + MeetingPaperText.kind(item.kind()) + ")");
        html.element("div", "label", MeetingPaperText.DISCUSSION);
        html.paragraphs(item.discussion(), MeetingPaperText.NO_DISCUSSION);
        var votes = list(item.votes());
        if (votes.isEmpty() && AgendaItem.Kind.DECISION.name().equals(item.kind())) {
          html.element("p", "none", MeetingPaperText.NOT_VOTED);
        }
        votes.forEach(this::vote);
        html.close("div");
      }
    }

    /** A vote: its round and count and what it came to, the wording, then each member's vote. */
    private void vote(MeetingView.Decision decision) {
      html.open("div", "vote", null);
      var round = decision.byCirculation() ? MeetingPaperText.BY_CIRCULATION
          : MeetingPaperText.ROUND + " " + decision.round();
      html.element("div", "vote-title", MeetingPaperText.VOTE + ", " + round + ": " + MeetingPaperText.IN_FAVOUR
          + " " + decision.inFavour() + " · " + MeetingPaperText.AGAINST + " " + decision.against() + " · "
          + MeetingPaperText.ABSTAIN + " " + decision.abstain());
      html.element("div", "outcome " + decision.outcome().name().toLowerCase(),
          MeetingPaperText.OUTCOME + ": " + decision.outcomeName());
      if (!text(decision.wording()).isEmpty()) {
        html.element("div", "wording", MeetingPaperText.WORDING + ": " + decision.wording());
      }
      if (!decision.votes().isEmpty()) {
        html.markup("<table class=\"votes\"><tbody>");
        papers.members().stream().filter(member -> decision.votes().containsKey(member.id()))
            .forEach(member -> html.row(null, Cell.text("td", "name", member.name()),
                Cell.text("td", "choice", decision.votes().get(member.id()).hebrewName())));
        // a vote of someone the organisation file no longer lists stays in the minutes
        decision.votes().keySet().stream().filter(id -> papers.members().stream().noneMatch(m -> m.id().equals(id)))
            .sorted().forEach(id -> html.row(null, Cell.text("td", "name", id),
                Cell.text("td", "choice", decision.votes().get(id).hebrewName())));
        html.markup("</tbody></table>");
      }
      html.close("div");
    }

    private void actions() {
      html.element("h2", null, MeetingPaperText.ACTIONS_GIVEN);
      var given = list(meeting.actionItems());
      if (given.isEmpty()) {
        html.element("p", "none", MeetingPaperText.NO_ACTIONS);
        return;
      }
      html.markup("<table class=\"actions\"><thead>");
      html.row(null, Cell.text("th", "what", MeetingPaperText.ACTION), Cell.text("th", "owner", MeetingPaperText.OWNER),
          Cell.text("th", "date", MeetingPaperText.DUE));
      html.markup("</thead><tbody>");
      for (var action : given) {
        html.row(null, Cell.text("td", "what", action.what()), Cell.text("td", "owner", action.ownerName()),
            Cell.text("td", "date", IsraeliFormat.day(action.due())));
      }
      html.markup("</tbody></table>");
    }

    private void summary() {
      html.element("h2", null, MeetingPaperText.SUMMARY);
      html.paragraphs(papers.minutes() == null ? null : papers.minutes().summary(), MeetingPaperText.NO_SUMMARY);
    }

    private void status() {
      html.element("h2", null, MeetingPaperText.MINUTES_STATUS);
      html.element("p", "minutes-status", statusLine());
      var minutes = papers.minutes();
      if (minutes != null && !text(minutes.reviewComments()).isEmpty()) {
        html.element("p", null, MeetingPaperText.REVIEW_COMMENTS + ": " + minutes.reviewComments());
      }
    }

    /** "גרסה 1: אושרה בידי אבנר גולן, 12/01/2031 10:05". */
    private String statusLine() {
      var minutes = papers.minutes();
      if (minutes == null) {
        return ReviewStatus.DRAFT.hebrewName();
      }
      var line = MeetingPaperText.VERSION + " " + minutes.version() + ": " + minutes.status().hebrewName();
      return switch (minutes.status()) {
        case DRAFT -> line;
        case SUBMITTED -> line + " בידי " + text(minutes.submittedBy()) + ", " + MeetingPaperText.moment(
            minutes.submittedAt()) + "; ממתינה לאישור יו\"ר הוועדה";
        case APPROVED, RETURNED -> line + " בידי " + text(minutes.reviewedBy()) + ", "
            + MeetingPaperText.moment(minutes.reviewedAt());
      };
    }
  }
}
