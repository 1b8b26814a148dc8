package org.maagal.meetings;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.maagal.clock.ApplicationClock;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.organization.Organization;
import org.maagal.organization.UnitType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the meetings' BPMN files ask in their expressions ({@code ${meetingSchedule.agendaOpensAt(execution)}}):
 * dates, names and owners, read from the meeting or action item the instance is about (its recorded facts),
 * never from a variable a user could set.
 */
@Component("meetingSchedule")
public class MeetingSchedule {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final Meetings meetings;
  private final ActionItems actions;
  private final MeetingPlanner planner;
  private final Organization organization;
  private final ProcessFacts facts;
  private final ApplicationClock clock;

  MeetingSchedule(Meetings meetings, ActionItems actions, MeetingPlanner planner, Organization organization,
      ProcessFacts facts, ApplicationClock clock) {
    this.meetings = meetings;
    this.actions = actions;
    this.planner = planner;
    this.organization = organization;
    this.facts = facts;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public boolean agendaOpen(DelegateExecution execution) {
    return !MeetingPlanner.at(planner.agendaOpens(meeting(execution))).after(clock.now());
  }

  @Transactional(readOnly = true)
  public Date agendaOpensAt(DelegateExecution execution) {
    return MeetingPlanner.at(planner.agendaOpens(meeting(execution)));
  }

  @Transactional(readOnly = true)
  public Date agendaDue(DelegateExecution execution) {
    return MeetingPlanner.at(planner.agendaCloses(meeting(execution)));
  }

  @Transactional(readOnly = true)
  public Date startsAt(DelegateExecution execution) {
    return MeetingPlanner.at(meeting(execution).startsAt());
  }

  @Transactional(readOnly = true)
  public Date recordDue(DelegateExecution execution) {
    return MeetingPlanner.at(planner.recordBy(meeting(execution)));
  }

  /** "ועדת היגוי, 12.3.2027". */
  @Transactional(readOnly = true)
  public String title(DelegateExecution execution) {
    var meeting = meeting(execution);
    return organization.committeeName(meeting.committeeId()) + ", " + meeting.startsAt().format(DAY);
  }

  @Transactional(readOnly = true)
  public String chair(DelegateExecution execution) {
    return planner.committeeOf(meeting(execution)).chair();
  }

  @Transactional(readOnly = true)
  public String actionTitle(DelegateExecution execution) {
    var action = action(execution);
    return "משימה מישיבת " + organization.committeeName(action.committeeId()) + ": " + shorten(action.what());
  }

  /** The engine group that does an action item: a department's or a committee's; none for a person's own. */
  @Transactional(readOnly = true)
  public List<String> actionGroups(DelegateExecution execution) {
    var action = action(execution);
    return switch (action.ownerKind()) {
      case DEPARTMENT -> List.of(UnitType.DEPARTMENT.groupIdOf(action.ownerId()));
      case COMMITTEE -> List.of(Organization.committeeGroupId(action.ownerId()));
      case PERSON -> List.of();
    };
  }

  @Transactional(readOnly = true)
  public String actionAssignee(DelegateExecution execution) {
    var action = action(execution);
    return action.ownerKind() == ActionItem.Owner.PERSON ? action.ownerId() : null;
  }

  @Transactional(readOnly = true)
  public Date actionDue(DelegateExecution execution) {
    return MeetingPlanner.at(action(execution).due().atTime(16, 0));
  }

  private Meeting meeting(DelegateExecution execution) {
    return meetings.findById(facts.of(execution).number(Fact.MEETING_ID)).orElseThrow();
  }

  private ActionItem action(DelegateExecution execution) {
    return actions.findById(facts.of(execution).number(Fact.ACTION_ITEM_ID)).orElseThrow();
  }

  private static String shorten(String text) {
    return text.length() <= 120 ? text : text.substring(0, 119) + "…";
  }
}
