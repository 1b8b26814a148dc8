package org.maagal.deadlines;

import org.maagal.calendar.IsraeliBusinessCalendar;
import org.maagal.clock.ApplicationClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.maagal.forms.FormValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What may be done about a late task: its manager extends the due date, reassigns or delegates
 * it, or confirms it is being handled, each with a reason and each kept; its owners say why it is
 * late. The manager acts through the escalation task, not with rights over the late task, so the
 * change runs with the engine's own rights and is checked here.
 */
@Service
class TaskDeadlines {

  static final int MAX_EXTENSION = 60;

  private final TaskService tasks;
  private final IdentityService identity;
  private final IsraeliBusinessCalendar businessDays;
  private final DeadlineChanges changes;
  private final LateReasons reasons;
  private final ApplicationClock clock;

  TaskDeadlines(TaskService tasks, IdentityService identity, IsraeliBusinessCalendar businessDays,
      DeadlineChanges changes, LateReasons reasons, ApplicationClock clock) {
    this.tasks = tasks;
    this.identity = identity;
    this.businessDays = businessDays;
    this.changes = changes;
    this.reasons = reasons;
    this.clock = clock;
  }

  /** The manager's decision from the escalation form. */
  @Transactional
  void decide(String lateTaskId, String action, Integer extendDays, String newAssignee, String reason, String by) {
    if (reason == null) {
      throw FormValues.refuse(List.of("חסר נימוק"));
    }
    Context.getCommandContext().runWithoutAuthorization(() -> {
      var late = Optional.ofNullable(tasks.createTaskQuery().taskId(lateTaskId).singleResult());
      switch (action == null ? "" : action) {
        case "extend" -> extend(late.orElseThrow(() -> gone()), extendDays, reason, by);
        case "reassign", "delegate" -> hand(late.orElseThrow(() -> gone()), action, newAssignee, reason, by);
        case "acknowledge" -> record(lateTaskId, DeadlineChange.Kind.ACKNOWLEDGE, null, null, null, reason, by);
        default -> throw FormValues.refuse(List.of("יש לבחור מה לעשות"));
      }
      return null;
    });
  }

  private void extend(Task late, Integer days, String reason, String by) {
    if (days == null || days < 1 || days > MAX_EXTENSION) {
      throw FormValues.refuse(List.of("הארכה של 1 עד " + MAX_EXTENSION + " ימי עבודה"));
    }
    Instant previous = late.getDueDate().toInstant();
    LocalDate today = clock.today();
    LocalDate from = ZonedDateTime.ofInstant(previous, ApplicationClock.ISRAEL).toLocalDate();
    LocalDate due = businessDays.addBusinessDays(from.isBefore(today) ? today : from, days);
    late.setDueDate(at(due, TaskDeadlinesPlugin.END_OF_WORKDAY));
    late.setFollowUpDate(at(businessDays.addBusinessDays(due, -1), TaskDeadlinesPlugin.MORNING));
    tasks.saveTask(late);
    record(late.getId(), DeadlineChange.Kind.EXTEND, previous, late.getDueDate().toInstant(), null, reason, by);
  }

  private void hand(Task late, String action, String newAssignee, String reason, String by) {
    var groups = tasks.getIdentityLinksForTask(late.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
    boolean inTheTasksGroup = newAssignee != null && groups.stream()
        .anyMatch(group -> identity.createUserQuery().userId(newAssignee).memberOfGroup(group).count() == 1);
    if (!inTheTasksGroup) {
      throw FormValues.refuse(List.of("המשימה עוברת רק למי שבקבוצה שלה (" + String.join(", ", groups) + ")"));
    }
    if (action.equals("delegate")) {
      tasks.delegateTask(late.getId(), newAssignee);
    } else {
      tasks.setAssignee(late.getId(), newAssignee);
    }
    record(late.getId(), action.equals("delegate") ? DeadlineChange.Kind.DELEGATE : DeadlineChange.Kind.REASSIGN,
        null, null, newAssignee, reason, by);
  }

  @Transactional
  void stateReason(String taskId, String reason, String by) {
    reasons.save(new LateReason(taskId, reason, by, clock.instant()));
  }

  /** The latest reason stated for each of these tasks that has one, in one query. */
  @Transactional(readOnly = true)
  Map<String, LateReason> reasons(Collection<String> taskIds) {
    var latest = new HashMap<String, LateReason>();
    if (!taskIds.isEmpty()) {
      reasons.findByTaskIdInOrderByIdAsc(taskIds).forEach(reason -> latest.put(reason.taskId(), reason));
    }
    return latest;
  }

  /** The changes of each of these tasks that has some, oldest first, in one query. */
  @Transactional(readOnly = true)
  Map<String, List<DeadlineChange.ChangeView>> changes(Collection<String> taskIds) {
    var byTask = new HashMap<String, List<DeadlineChange.ChangeView>>();
    if (!taskIds.isEmpty()) {
      changes.findByTaskIdInOrderByIdAsc(taskIds).forEach(change ->
          byTask.computeIfAbsent(change.taskId(), key -> new ArrayList<>()).add(change.view()));
    }
    return byTask;
  }

  private void record(String taskId, DeadlineChange.Kind kind, Instant previous, Instant due, String assignee,
      String reason, String by) {
    changes.save(new DeadlineChange(taskId, kind, previous, due, assignee, reason, by, clock.instant()));
  }

  private static RuntimeException gone() {
    return FormValues.refuse(List.of("המשימה כבר הושלמה; אפשר רק לאשר שהיא טופלה"));
  }

  private static Date at(LocalDate day, java.time.LocalTime time) {
    return Date.from(day.atTime(time).atZone(ApplicationClock.ISRAEL).toInstant());
  }
}
