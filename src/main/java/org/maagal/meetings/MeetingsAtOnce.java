package org.maagal.meetings;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.maagal.clock.ApplicationClock;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.stereotype.Service;

/**
 * A whole meeting at once, for the demo year and for tests that need a committee's decision on the way to
 * something else: an extraordinary meeting now, every member present, every open decision of the committee on
 * its agenda and voted as asked, recorded, and its minutes approved by the chair. It takes the same steps as the
 * strategy unit and the chair do, through the same processes and services.
 */
@Service
public class MeetingsAtOnce {

  private final MeetingPlanner planner;
  private final MeetingRecords records;
  private final Meetings meetings;
  private final AgendaItems items;
  private final Organization organization;
  private final TaskService tasks;
  private final ApplicationClock clock;

  MeetingsAtOnce(MeetingPlanner planner, MeetingRecords records, Meetings meetings, AgendaItems items,
      Organization organization, TaskService tasks, ApplicationClock clock) {
    this.planner = planner;
    this.records = records;
    this.meetings = meetings;
    this.items = items;
    this.organization = organization;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** An item the strategy unit puts on the agenda: for decision (every member votes for it) or for discussion. */
  public record OwnItem(String title, String detail, boolean decision, String discussion) {
  }

  /** An action item the meeting gives: what, whose (PERSON, DEPARTMENT or COMMITTEE, and its id), due when. */
  public record GivenAction(String what, String ownerKind, String ownerId, int dueInBusinessDays) {
  }

  /**
   * Holds a meeting now in which every member votes {@code choice} on every open decision, worded as given (or
   * in a standard phrase); answers its id.
   */
  public long holdNow(String committeeId, int year, Choice choice, String wording) {
    return holdNow(committeeId, year, choice, wording, List.of(), List.of());
  }

  /** As {@link #holdNow(String, int, Choice, String)}, with the strategy unit's own items and the action items given. */
  public long holdNow(String committeeId, int year, Choice choice, String wording, List<OwnItem> ownItems,
      List<GivenAction> actions) {
    var committee = organization.committee(committeeId).orElseThrow();
    String secretary = organization.peopleWith(Role.STRATEGY_UNIT).get(0).id();
    var caller = new Caller(secretary, List.of(Role.STRATEGY_UNIT.groupId()));
    var now = clock.now().toInstant().atZone(ApplicationClock.ISRAEL).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    long meetingId = planner.openNow(committee.id(), year, now.minusMinutes(1), secretary);
    var discussions = new LinkedHashMap<Long, String>();
    for (var own : ownItems) {
      var item = records.addItem(meetingId, own.decision(), own.title(), own.detail(), null, caller);
      if (own.discussion() != null) {
        discussions.put(item.id(), own.discussion());
      }
    }
    complete(meetingId, MeetingsProcess.PREPARE_TASK, secretary, Map.of("agendaReady", true));
    records.attendance(meetingId, committee.memberIds(), caller);
    discussions.forEach((itemId, text) -> records.discuss(meetingId, itemId, text, caller));
    var votes = new LinkedHashMap<String, Choice>();
    committee.memberIds().forEach(member -> votes.put(member, choice));
    for (var item : items.findByMeetingIdOrderByIdAsc(meetingId)) {
      if (item.kind() == AgendaItem.Kind.DECISION && item.open()) {
        records.vote(meetingId, item.id(), votes, wording != null ? wording
            : choice == Choice.FOR ? "אושר פה אחד" : "לא אושר: יש לתקן ולהביא שוב", caller);
      }
    }
    for (var action : actions) {
      records.addAction(meetingId, action.what(), ActionItem.Owner.valueOf(action.ownerKind()), action.ownerId(),
          action.dueInBusinessDays(), caller);
    }
    complete(meetingId, MeetingsProcess.RECORD_TASK, secretary, Map.of(MeetingsProcess.SUMMARY,
        "הישיבה נפתחה בנוכחות כל חברי " + committee.name() + ". הנושאים נדונו והוכרעו כמפורט."));
    complete(meetingId, MeetingsProcess.APPROVE_MINUTES_TASK, committee.chair(),
        Map.of(MeetingsProcess.MINUTES_DECISION, "approve"));
    return meetingId;
  }

  /** Completes the meeting's task as {@code person} does in Tasklist: claimed first, unless it is theirs already. */
  private void complete(long meetingId, String taskKey, String person, Map<String, Object> values) {
    var meeting = meetings.findById(meetingId).orElseThrow();
    var task = tasks.createTaskQuery().processInstanceId(meeting.processInstanceId()).taskDefinitionKey(taskKey)
        .singleResult();
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), person);
    }
    tasks.complete(task.getId(), values);
  }
}
