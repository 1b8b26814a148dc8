package org.maagal.deadlines;

import org.maagal.calendar.IsraeliBusinessCalendar;
import org.maagal.cycle.CycleProcess;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.maagal.clock.ApplicationClock;
import org.maagal.notifications.Notification;
import org.maagal.notifications.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deadline watch, run by the {@code deadline-watch} process's timer ({@link CheckDeadlinesDelegate})
 * and by the demo clock: reminds the people of every task whose follow-up date has come, opens an
 * escalation task for the manager above every task late by the cycle calendar's days, and then tells
 * the CEO and the strategy unit. Every message is written once (the outbox's unique key), so a retried
 * job or a second node sends nothing twice; the round ends by handing the e-mail to the mailing jobs,
 * which every node runs. Escalation never touches the late task itself.
 */
@Service
class DeadlineWatch {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final CycleCalendar calendar;
  private final IsraeliBusinessCalendar businessDays;
  private final EscalationTargets targets;
  private final Outbox outbox;
  private final String baseUrl;
  private final DeadlineWatchLock lock;
  private final ApplicationClock clock;
  private final ProcessFacts facts;

  DeadlineWatch(TaskService tasks, RuntimeService runtime, IdentityService identity, CycleCalendar calendar,
      IsraeliBusinessCalendar businessDays, EscalationTargets targets, Outbox outbox, DeadlinesProperties properties,
      DeadlineWatchLock lock, ApplicationClock clock, ProcessFacts facts) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.calendar = calendar;
    this.businessDays = businessDays;
    this.targets = targets;
    this.outbox = outbox;
    this.baseUrl = properties.baseUrl();
    this.lock = lock;
    this.clock = clock;
    this.facts = facts;
  }

  /**
   * One round. Rounds never overlap, on one node or several: each first takes the watch's row lock,
   * held until its transaction commits, so the next round sees every message the last one wrote.
   */
  @Transactional
  void run() {
    lock.takeForThisTransaction();
    Date now = clock.now();
    var people = new People();
    var reminders = new ArrayList<Notification>();
    for (Task task : tasks.createTaskQuery().active().followUpBefore(new Date(now.getTime() + 1)).dueAfter(now).list()) {
      reminders.addAll(reminders(task, people));
    }
    outbox.putAll(reminders);
    for (Task task : tasks.createTaskQuery().active().dueBefore(now).list()) {
      escalate(task, now, people);
    }
    outbox.putDigests(clock.today(), now.toInstant());
    outbox.mailInTheBackground();
  }

  private List<Notification> reminders(Task task, People people) {
    String due = day(task.getDueDate());
    return peopleOf(task, people).stream().map(person -> message(people, Notification.Kind.REMINDER, person, task,
        "תזכורת: \"" + task.getName() + "\" עד " + due,
        "שלום,\n\nהמשימה \"" + task.getName() + "\" צריכה להסתיים עד " + due + ".\n\n" + link(task))).toList();
  }

  private void escalate(Task task, Date now, People people) {
    var recordedYear = facts.of(task).find(Fact.YEAR);
    if (recordedYear.isEmpty()) {
      return;
    }
    int year = Integer.parseInt(recordedYear.get());
    var rule = calendar.rule(year, task.getTaskDefinitionKey());
    int late = lateBusinessDays(task, now);
    if (late < Math.max(1, rule.escalateAfter())) {
      return;
    }
    var links = tasks.getIdentityLinksForTask(task.getId());
    var manager = targets.manager(groups(links), task.getAssignee());
    if (manager.isPresent() && put(people, Notification.Kind.ESCALATION, manager.get(), task,
        "הסלמה: \"" + task.getName() + "\" באיחור של " + late + " ימי עבודה",
        "שלום,\n\nהמשימה \"" + task.getName() + "\" הייתה צריכה להסתיים עד " + day(task.getDueDate())
            + " ועדיין פתוחה. נפתחה לך משימת הסלמה: אפשר להאריך את המועד, להעביר את המשימה או לאשר שהיא בטיפול.\n\n"
            + link(task))) {
      runtime.startProcessInstanceByKey(TaskEscalationProcess.PROCESS_ID, Map.of(CycleProcess.YEAR, year,
          TaskEscalationProcess.LATE_TASK_ID, task.getId(), TaskEscalationProcess.LATE_TASK_NAME, task.getName(),
          TaskEscalationProcess.LATE_TASK_DUE, day(task.getDueDate()), TaskEscalationProcess.LATE_BUSINESS_DAYS, late,
          TaskEscalationProcess.ESCALATE_TO, manager.get()));
    }
    if (late >= Math.max(1, rule.escalateAfter()) + rule.escalateToCeoAfter()) {
      for (String person : targets.topOfTheOrganisation()) {
        put(people, Notification.Kind.CEO_ESCALATION, person, task,
            "איחור מתמשך: \"" + task.getName() + "\" באיחור של " + late + " ימי עבודה",
            "שלום,\n\nהמשימה \"" + task.getName() + "\" באיחור של " + late + " ימי עבודה, גם אחרי ההסלמה למנהל/ת"
                + manager.map(m -> " (" + m + ")").orElse("") + ".\n\n" + link(task));
      }
    }
  }

  int lateBusinessDays(Task task, Date now) {
    LocalDate due = ZonedDateTime.ofInstant(task.getDueDate().toInstant(), ApplicationClock.ISRAEL).toLocalDate();
    LocalDate today = ZonedDateTime.ofInstant(now.toInstant(), ApplicationClock.ISRAEL).toLocalDate();
    return businessDays.businessDaysBetween(due, today);
  }

  /** The assignee, or else everyone in the task's candidate groups and candidate users: nobody else. */
  private Set<String> peopleOf(Task task, People people) {
    var recipients = new LinkedHashSet<String>();
    if (task.getAssignee() != null) {
      recipients.add(task.getAssignee());
      return recipients;
    }
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (link.getUserId() != null) {
        recipients.add(link.getUserId());
      } else if (link.getGroupId() != null) {
        recipients.addAll(people.membersOf(link.getGroupId()));
      }
    }
    return recipients;
  }

  private static List<String> groups(List<IdentityLink> links) {
    return links.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(group -> group != null).toList();
  }

  private boolean put(People people, Notification.Kind kind, String person, Task task, String subject, String body) {
    return outbox.put(message(people, kind, person, task, subject, body));
  }

  /** The message to the person about the task; its key makes it once for each due date the task has. */
  private Notification message(People people, Notification.Kind kind, String person, Task task, String subject,
      String body) {
    String key = kind + "|" + task.getId() + "|" + person + "|" + task.getDueDate().getTime();
    return new Notification(key, kind, person, people.email(person), subject, body, task.getId(), clock.instant());
  }

  /** Group members and e-mail addresses, looked up once a round however many tasks share them. */
  private final class People {
    private final Map<String, List<String>> members = new HashMap<>();
    private final Map<String, String> emails = new HashMap<>();

    List<String> membersOf(String groupId) {
      return members.computeIfAbsent(groupId, group -> identity.createUserQuery().memberOfGroup(group).list().stream()
          .peek(user -> emails.putIfAbsent(user.getId(), user.getEmail())).map(User::getId).toList());
    }

    String email(String personId) {
      return emails.computeIfAbsent(personId, id -> {
        User user = identity.createUserQuery().userId(id).singleResult();
        return user == null ? null : user.getEmail();
      });
    }
  }

  private String link(Task task) {
    return "למשימה: " + baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId();
  }

  private static String day(Date date) {
    return ZonedDateTime.ofInstant(date.toInstant(), ApplicationClock.ISRAEL).format(DAY);
  }
}
