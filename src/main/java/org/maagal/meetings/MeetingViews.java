package org.maagal.meetings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.maagal.deadlines.LateTask;
import org.maagal.deadlines.LateTasks;
import org.maagal.organization.Caller;
import org.maagal.organization.CommitteeType;
import org.maagal.organization.Role;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a caller may read of the meetings: the strategy unit and the management every committee's, a member
 * their own committees' only.
 */
@Service
class MeetingViews {

  private final Meetings meetings;
  private final AgendaItems items;
  private final CommitteeDecisions decisions;
  private final ActionItems actions;
  private final MinutesVersions minutes;
  private final Organization organization;
  private final LateTasks lateTasks;
  /** Escalated to the CEO and the strategy unit ({@link org.maagal.deadlines.LateTask#escalationLevel}). */
  private static final int CEO_LEVEL = 2;
  private static final Caller EVERYONE = new Caller(Organization.SYSTEM, List.of(Role.STRATEGY_UNIT.groupId()));

  MeetingViews(Meetings meetings, AgendaItems items, CommitteeDecisions decisions, ActionItems actions,
      MinutesVersions minutes, Organization organization, LateTasks lateTasks) {
    this.lateTasks = lateTasks;
    this.meetings = meetings;
    this.items = items;
    this.decisions = decisions;
    this.actions = actions;
    this.minutes = minutes;
    this.organization = organization;
  }

  @Transactional(readOnly = true)
  MeetingView meeting(long meetingId, Caller caller) {
    var meeting = meetings.findById(meetingId).orElseThrow(() -> MeetingProblems.notFound(meetingId));
    requireReader(meeting.committeeId(), caller);
    return view(meeting);
  }

  /** A year's meetings of every committee the caller may read, or of one committee. */
  @Transactional(readOnly = true)
  List<MeetingView> year(int year, String committeeId, Caller caller) {
    if (committeeId != null) {
      organization.committee(committeeId).orElseThrow(() -> MeetingProblems.unknownCommittee(committeeId));
      requireReader(committeeId, caller);
    }
    var found = committeeId == null ? meetings.findByCycleYearOrderByStartsAtAscIdAsc(year)
        : meetings.findByCommitteeIdAndCycleYearOrderByStartsAtAscIdAsc(committeeId, year);
    return views(found.stream().filter(meeting -> reads(meeting.committeeId(), caller)).toList());
  }

  boolean reads(String committeeId, Caller caller) {
    return caller.seesEverything() || caller.groups().contains(Organization.committeeGroupId(committeeId));
  }

  void requireReader(String committeeId, Caller caller) {
    if (!reads(committeeId, caller)) {
      throw MeetingProblems.notAMember(organization.committeeName(committeeId));
    }
  }

  MeetingView view(Meeting meeting) {
    return view(meeting, new LateWorkByYear());
  }

  /** Many meetings' views, with each year's late work asked once for them all. */
  List<MeetingView> views(List<Meeting> meetings) {
    var late = new LateWorkByYear();
    return meetings.stream().map(meeting -> view(meeting, late)).toList();
  }

  private MeetingView view(Meeting meeting, LateWorkByYear late) {
    var committee = organization.committee(meeting.committeeId()).orElseThrow();
    var kept = meeting.keptAgenda();
    var agenda = meeting.ahead() ? items.findByMeetingIdOrderByIdAsc(meeting.id())
        : items.findAllById(kept).stream().sorted(java.util.Comparator.comparingInt(item -> kept.indexOf(item.id())))
            .toList();
    var votes = decisions.findByItemIdInOrderByIdAsc(agenda.stream().map(AgendaItem::id).toList());
    var itemViews = agenda.stream().map(item -> new MeetingView.Item(item.id(), item.kind().name(),
        item.status().name(), item.title(), item.detail(), item.link(), item.placedByTheCycle(), item.timesMoved(),
        item.discussion(), votes.stream().filter(vote -> vote.itemId().equals(item.id()))
            .filter(vote -> vote.byCirculation() || meeting.id().equals(vote.meetingId())).map(MeetingViews::view)
            .toList())).toList();
    var given = actions.findByMeetingIdOrderByIdAsc(meeting.id()).stream().map(this::view).toList();
    var earlier = meeting.ahead() ? actions.findByCommitteeIdAndDoneAtIsNullOrderByDueAscIdAsc(meeting.committeeId())
        .stream().filter(action -> !action.meetingId().equals(meeting.id())).map(this::view).toList()
        : List.<MeetingView.Action>of();
    var current = minutes.findFirstByMeetingIdOrderByVersionNumberDesc(meeting.id()).map(m -> new MeetingView.MinutesView(
        m.version().number(), m.version().status().name(), m.version().status().hebrewName(), m.summary(),
        m.version().reviewComments(), m.version().reviewedBy(), m.version().reviewedAt())).orElse(null);
    return new MeetingView(meeting.id(), meeting.committeeId(), committee.name(), meeting.cycleYear(),
        meeting.startsAt(), meeting.endsAt(), meeting.place(), meeting.status(), meeting.status().hebrewName(),
        meeting.extraordinary(), meeting.cancelReason(), committee.members().size(),
        committee.meetings().quorumOf(committee.members().size()), List.copyOf(meeting.present()),
        meeting.quorumMet(), itemViews, given, earlier, current,
        committee.members().stream().map(this::member).toList(), meeting.ahead() ? lateWork(late.of(meeting.cycleYear()), committee)
            : List.of());
  }

  private List<MeetingView.LateWork> lateWork(List<LateTask> lateOfTheYear, Committee committee) {
    boolean steering = committee.type() == CommitteeType.STEERING;
    return lateOfTheYear.stream()
        .filter(task -> task.candidateGroups().contains(committee.groupId())
            || steering && task.escalationLevel() >= CEO_LEVEL)
        .map(task -> new MeetingView.LateWork(task.name(), task.departmentId(), task.lateBusinessDays(),
            task.escalationLevel(), task.reason())).toList();
  }

  private MeetingView.Member member(Committee.Member member) {
    return new MeetingView.Member(member.person(), organization.person(member.person()).map(Person::fullName)
        .orElse(member.person()), member.sector() == null ? null : member.sector().name());
  }

  private static MeetingView.Decision view(CommitteeDecision decision) {
    return new MeetingView.Decision(decision.id(), decision.round(), decision.byCirculation(), decision.votes(),
        decision.count(Choice.FOR), decision.count(Choice.AGAINST), decision.count(Choice.ABSTAIN),
        decision.outcome(), decision.outcome().hebrewName(), decision.wording(), decision.decidedAt());
  }

  MeetingView.Action view(ActionItem action) {
    String owner = switch (action.ownerKind()) {
      case PERSON -> organization.person(action.ownerId()).map(p -> p.firstName() + " " + p.lastName())
          .orElse(action.ownerId());
      case DEPARTMENT -> organization.unitName(action.ownerId());
      case COMMITTEE -> organization.committeeName(action.ownerId());
    };
    return new MeetingView.Action(action.id(), action.meetingId(), action.what(), action.ownerKind().name(),
        action.ownerId(), owner, action.due(), action.done(), action.result(), action.doneBy(), action.doneAt());
  }

  /** The late tasks of each year asked for, once. */
  private final class LateWorkByYear {

    private final Map<Integer, List<LateTask>> byYear = new HashMap<>();

    List<LateTask> of(int year) {
      return byYear.computeIfAbsent(year, asked -> lateTasks.all(asked, EVERYONE));
    }
  }
}
