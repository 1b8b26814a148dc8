package org.maagal.meetings;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.maagal.clock.ApplicationClock;
import org.maagal.cycle.CycleStarted;
import org.maagal.facts.Fact;
import org.maagal.organization.Caller;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts meetings on the calendar and keeps their processes in step: a cycle's start places every committee's
 * meetings of the year by its cadence; the strategy unit adds a meeting, moves one or cancels one. A meeting's
 * agenda collects what waits for its committee ({@link CommitteeAgenda}); a cancelled meeting's items move on.
 */
@Service
class MeetingPlanner {

  static final int LONGEST_TEXT = 1000;
  private static final List<MeetingStatus> AHEAD = List.of(MeetingStatus.PLANNED, MeetingStatus.INVITED);

  private final Meetings meetings;
  private final AgendaItems items;
  private final Organization organization;
  private final MeetingCalendar calendar;
  private final MeetingsProperties properties;
  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final Invitations invitations;
  private final ApplicationClock clock;

  MeetingPlanner(Meetings meetings, AgendaItems items, Organization organization, MeetingCalendar calendar,
      MeetingsProperties properties, RuntimeService runtime, ManagementService management, TaskService tasks,
      Invitations invitations, ApplicationClock clock) {
    this.meetings = meetings;
    this.items = items;
    this.organization = organization;
    this.calendar = calendar;
    this.properties = properties;
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.invitations = invitations;
    this.clock = clock;
  }

  @EventListener
  public void on(CycleStarted started) {
    if (properties.planOnCycleStart()) {
      planLater(started.year());
    }
  }

  /**
   * Has the job executor plan the year's meetings ({@code year-meetings}, {@link #planYear}) once this transaction
   * commits: a cycle's start is answered before them. A large city's year is a process instance a meeting: planned in
   * the start's request, they took most of its time.
   */
  void planLater(int year) {
    AsTheApplication.run(() -> runtime.createProcessInstanceByKey(MeetingsProcess.YEAR_PROCESS)
        .businessKey("meetings-" + year)
        .setVariable(Fact.YEAR.variable(), year)
        .execute());
  }

  /**
   * Every committee's meetings of the year by its cadence, from today; a year placed already keeps its meetings
   * (an extraordinary meeting held before the cycle opened, on its focus, does not count).
   */
  @Transactional
  List<Meeting> planYear(int year) {
    var planned = new ArrayList<Meeting>();
    if (meetings.existsByCycleYearAndExtraordinaryFalse(year)) {
      return planned;
    }
    int programmeStart = organization.programme().startYearOr0();
    for (var committee : organization.committees()) {
      for (var startsAt : calendar.meetingsOf(committee, year, programmeStart, clock.today())) {
        planned.add(open(new Meeting(committee.id(), year, startsAt, committee.meetings().hours(),
            committee.meetings().place(), false, Organization.SYSTEM, clock.instant())));
      }
    }
    return planned;
  }

  /** The strategy unit adds a meeting (an extra one, or one the cadence did not place). */
  @Transactional
  Meeting add(String committeeId, int year, LocalDateTime startsAt, String place, Caller caller) {
    requireStrategyUnit(caller);
    var committee = organization.committee(committeeId).orElseThrow(() -> MeetingProblems.unknownCommittee(committeeId));
    requireWhen(startsAt, place);
    return open(new Meeting(committee.id(), year, startsAt, committee.meetings().hours(),
        place == null || place.isBlank() ? committee.meetings().place() : place.strip(), true, caller.userId(),
        clock.instant()));
  }

  /**
   * An extraordinary meeting that starts now, whatever the day: every open item of the committee's cycle year, on
   * a meeting ahead or waiting for one, comes to it. For {@link MeetingsAtOnce}.
   */
  @Transactional
  long openNow(String committeeId, int year, LocalDateTime startsAt, String by) {
    var committee = organization.committee(committeeId).orElseThrow();
    var meeting = start(meetings.saveAndFlush(new Meeting(committee.id(), year, startsAt,
        committee.meetings().hours(), committee.meetings().place(), true, by, clock.instant())));
    for (var ahead : meetings.findByCommitteeIdAndCycleYearAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
        committeeId, year, AHEAD, clock.today().atStartOfDay())) {
      items.findByMeetingIdOrderByIdAsc(ahead.id()).stream().filter(AgendaItem::open)
          .forEach(item -> item.placeOn(meeting.id()));
    }
    items.findByCommitteeIdAndCycleYearAndMeetingIdIsNullAndStatusOrderByIdAsc(committeeId, year,
        AgendaItem.Status.OPEN).forEach(item -> item.placeOn(meeting.id()));
    return meeting.id();
  }

  /** Moves a meeting still ahead; its process's waiting and due dates follow, and invited members hear of it. */
  @Transactional
  Meeting move(long meetingId, LocalDateTime startsAt, String place, Caller caller) {
    requireStrategyUnit(caller);
    var meeting = ahead(meetingId);
    requireWhen(startsAt, place);
    meeting.move(startsAt, place == null || place.isBlank() ? null : place.strip());
    followTheDate(meeting);
    if (meeting.status() == MeetingStatus.INVITED) {
      invitations.invite(meeting);
    }
    return meeting;
  }

  /** Cancels a meeting still ahead; what was on its agenda moves to the committee's next meeting. */
  @Transactional
  Meeting cancel(long meetingId, String reason, Caller caller) {
    requireStrategyUnit(caller);
    var meeting = ahead(meetingId);
    if (reason == null || reason.isBlank() || reason.length() > LONGEST_TEXT) {
      throw MeetingProblems.invalid(List.of("יש לכתוב את סיבת הביטול (עד " + LONGEST_TEXT + " תווים)"));
    }
    boolean invited = meeting.status() == MeetingStatus.INVITED;
    meeting.keepAgenda(items.findByMeetingIdOrderByIdAsc(meeting.id()).stream().map(AgendaItem::id).toList());
    meeting.cancel(reason.strip());
    if (meeting.processInstanceId() != null) {
      runtime.deleteProcessInstance(meeting.processInstanceId(), "הישיבה בוטלה: " + reason.strip(), false, true);
    }
    if (invited) {
      invitations.cancel(meeting);
    }
    moveOpenItems(meeting);
    return meeting;
  }

  /**
   * Puts a new item on its committee's next meeting of its cycle year whose agenda is open (or, with none planned,
   * leaves it for the first one planned or added) and keeps it.
   */
  AgendaItem place(AgendaItem item) {
    item.placeOn(nextMeeting(item.committeeId(), item.cycleYear(), null).map(Meeting::id).orElse(null));
    return items.save(item);
  }

  /** The open items of a meeting that is over or off move to the committee's next meeting ahead, if any. */
  void moveOpenItems(Meeting from) {
    var next = nextMeeting(from.committeeId(), from.cycleYear(), from.id());
    for (var item : items.findByMeetingIdOrderByIdAsc(from.id())) {
      if (item.open()) {
        item.placeOn(next.map(Meeting::id).orElse(null));
      }
    }
  }

  /**
   * The committee's next meeting of the cycle year whose agenda is still open, other than {@code except}: what a
   * year's cycle asks of a committee waits for a meeting of that year (the strategy unit adds one if none is left).
   */
  Optional<Meeting> nextMeeting(String committeeId, int year, Long except) {
    return meetings.findByCommitteeIdAndCycleYearAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
        committeeId, year, List.of(MeetingStatus.PLANNED), clock.today().atStartOfDay()).stream()
        .filter(meeting -> !meeting.id().equals(except)).findFirst();
  }

  /** Saves a meeting, gives it what waits for the committee if it is the next one, and starts its process. */
  private Meeting open(Meeting meeting) {
    meetings.saveAndFlush(meeting);
    if (nextMeeting(meeting.committeeId(), meeting.cycleYear(), null).map(Meeting::id).filter(meeting.id()::equals)
        .isPresent()) {
      items.findByCommitteeIdAndCycleYearAndMeetingIdIsNullAndStatusOrderByIdAsc(meeting.committeeId(),
          meeting.cycleYear(), AgendaItem.Status.OPEN).forEach(waiting -> waiting.placeOn(meeting.id()));
    }
    return start(meeting);
  }

  private Meeting start(Meeting meeting) {
    var instance = AsTheApplication.run(() -> runtime.createProcessInstanceByKey(MeetingsProcess.MEETING_PROCESS)
        .businessKey("meeting-" + meeting.id())
        .setVariable(Fact.YEAR.variable(), meeting.cycleYear())
        .setVariable(Fact.MEETING_ID.variable(), meeting.id())
        .execute());
    meeting.started(instance.getId());
    return meeting;
  }

  private void followTheDate(Meeting meeting) {
    if (meeting.processInstanceId() == null) {
      return;
    }
    for (var job : management.createJobQuery().processInstanceId(meeting.processInstanceId()).timers().list()) {
      management.setJobDuedate(job.getId(), at(agendaOpens(meeting)));
    }
    for (var task : tasks.createTaskQuery().processInstanceId(meeting.processInstanceId()).list()) {
      var due = switch (task.getTaskDefinitionKey()) {
        case MeetingsProcess.PREPARE_TASK -> agendaCloses(meeting);
        case MeetingsProcess.RECORD_TASK -> recordBy(meeting);
        default -> null;
      };
      if (due != null) {
        task.setDueDate(at(due));
        task.setFollowUpDate(at(meeting.startsAt()));
        tasks.saveTask(task);
      }
    }
  }

  LocalDateTime agendaOpens(Meeting meeting) {
    return calendar.agendaClosesBefore(meeting.startsAt(), properties.agendaOpensBefore()).atTime(8, 0);
  }

  LocalDateTime agendaCloses(Meeting meeting) {
    return calendar.agendaClosesBefore(meeting.startsAt(), properties.agendaClosesBefore()).atTime(16, 0);
  }

  LocalDateTime recordBy(Meeting meeting) {
    return calendar.recordBy(meeting.startsAt().toLocalDate(), properties.recordWithin()).atTime(16, 0);
  }

  static Date at(LocalDateTime time) {
    return Date.from(ZonedDateTime.of(time, ApplicationClock.ISRAEL).toInstant());
  }

  private Meeting ahead(long meetingId) {
    var meeting = meetings.findById(meetingId).orElseThrow(() -> MeetingProblems.notFound(meetingId));
    if (!AHEAD.contains(meeting.status())) {
      throw MeetingProblems.conflict("הישיבה " + meeting.status().hebrewName() + " ואינה ניתנת לשינוי",
          meeting.status());
    }
    return meeting;
  }

  private void requireWhen(LocalDateTime startsAt, String place) {
    var problems = new ArrayList<String>();
    if (startsAt == null) {
      problems.add("חסרים תאריך ושעת הישיבה");
    } else if (startsAt.toLocalDate().isBefore(clock.today())) {
      problems.add("מועד הישיבה עבר");
    } else if (!calendar.isBusinessDay(startsAt.toLocalDate())) {
      problems.add(startsAt.toLocalDate() + " אינו יום עבודה");
    }
    if (place != null && place.length() > 300) {
      problems.add("המקום ארוך מ-300 תווים");
    }
    if (!problems.isEmpty()) {
      throw MeetingProblems.invalid(problems);
    }
  }

  static void requireStrategyUnit(Caller caller) {
    if (!caller.has(Role.STRATEGY_UNIT)) {
      throw MeetingProblems.onlyStrategyUnit();
    }
  }

  Committee committeeOf(Meeting meeting) {
    return organization.committee(meeting.committeeId())
        .orElseThrow(() -> new IllegalStateException("The organisation file no longer has " + meeting.committeeId()));
  }
}
