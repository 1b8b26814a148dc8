package org.maagal.meetings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.maagal.clock.ApplicationClock;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meeting pack and the minutes print, read under the same rule as the meeting itself
 * ({@link MeetingViews#meeting}): the strategy unit and the management every committee's, a member their own.
 */
@Service
class MeetingDocuments {

  private final MeetingViews views;
  private final Meetings meetings;
  private final ActionItems actions;
  private final MinutesVersions minutes;
  private final Organization organization;
  private final ApplicationClock clock;
  private final String baseUrl;

  MeetingDocuments(MeetingViews views, Meetings meetings, ActionItems actions, MinutesVersions minutes,
      Organization organization, ApplicationClock clock,
      @Value("${maagal.deadlines.base-url:http://localhost:8080}") String baseUrl) {
    this.views = views;
    this.meetings = meetings;
    this.actions = actions;
    this.minutes = minutes;
    this.organization = organization;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  /** The pack sent before the meeting; it can be printed again afterwards, as it stood on the meeting's day. */
  @Transactional(readOnly = true)
  MeetingPapers pack(long meetingId, Caller caller) {
    var view = views.meeting(meetingId, caller);
    var meeting = meetings.findById(meetingId).orElseThrow();
    return papers(view, openFromEarlier(meeting), null);
  }

  /** The minutes of a meeting held; a meeting ahead or cancelled has none. */
  @Transactional(readOnly = true)
  MeetingPapers minutes(long meetingId, Caller caller) {
    var view = views.meeting(meetingId, caller);
    if (view.status() == MeetingStatus.CANCELLED) {
      throw MeetingProblems.conflict("הישיבה בוטלה, ולכן אין לה פרוטוקול", view.status());
    }
    if (view.status() != MeetingStatus.HELD && view.status() != MeetingStatus.MINUTES_APPROVED) {
      throw MeetingProblems.conflict("הישיבה עוד לא התקיימה: הפרוטוקול מופק אחרי שהישיבה נרשמה", view.status());
    }
    var current = minutes.findFirstByMeetingIdOrderByVersionNumberDesc(meetingId).map(m -> {
      var version = m.version();
      return new MeetingPapers.MinutesState(version.number(), version.status(), m.summary(),
          organization.personName(version.submittedBy()), version.submittedAt(),
          organization.personName(version.reviewedBy()), version.reviewedAt(), version.reviewComments());
    }).orElse(null);
    return papers(view, List.of(), current);
  }

  private MeetingPapers papers(MeetingView view, List<MeetingPapers.OpenAction> open,
      MeetingPapers.MinutesState current) {
    var committee = organization.committee(view.committeeId()).orElseThrow();
    var members = committee.members().stream().map(member -> new MeetingPapers.Member(member.person(),
        organization.personName(member.person()), member.sector() == null ? "" : member.sector().hebrewName(),
        member.person().equals(committee.chair()))).toList();
    return new MeetingPapers(organization.municipalityName(), baseUrl, view, members, open, current);
  }

  /**
   * The committee's action items given at its meetings before this one and not done when it began. Late is as
   * of the meeting's day, or today for a meeting still ahead.
   */
  private List<MeetingPapers.OpenAction> openFromEarlier(Meeting meeting) {
    var begins = meeting.startsAt().atZone(ApplicationClock.ISRAEL).toInstant();
    var asOf = meeting.startsAt().toLocalDate().isBefore(clock.today()) ? meeting.startsAt().toLocalDate()
        : clock.today();
    var all = actions.findByCommitteeIdOrderByDueAscIdAsc(meeting.committeeId());
    Map<Long, Meeting> given = meetings.findAllById(all.stream().map(ActionItem::meetingId).distinct().toList())
        .stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
    return all.stream()
        .filter(action -> !action.meetingId().equals(meeting.id()))
        .filter(action -> earlier(given.get(action.meetingId()), meeting))
        .filter(action -> !action.done() || action.doneAt().isAfter(begins))
        .map(action -> new MeetingPapers.OpenAction(views.view(action),
            given.get(action.meetingId()).startsAt().toLocalDate(), action.due().isBefore(asOf)))
        .toList();
  }

  private static boolean earlier(Meeting other, Meeting meeting) {
    return other != null && (other.startsAt().isBefore(meeting.startsAt())
        || other.startsAt().isEqual(meeting.startsAt()) && other.id() < meeting.id());
  }
}
