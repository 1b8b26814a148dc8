package org.maagal.deadlines;

import org.maagal.clock.ApplicationClock;
import org.maagal.cycle.CycleProcess;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.RuntimeService;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.api.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is late in a cycle, by how many business days, why, and what was done about it. */
@Service
public class LateTasks {

  private final TaskService tasks;
  private final DeadlineWatch watch;
  private final TaskDeadlines deadlines;
  private final ApplicationClock clock;
  private final CycleCalendar calendar;
  private final RuntimeService runtime;
  private final CandidateGroups candidateGroups;
  private final Organization organization;

  LateTasks(TaskService tasks, DeadlineWatch watch, TaskDeadlines deadlines, ApplicationClock clock,
      CycleCalendar calendar, RuntimeService runtime, CandidateGroups candidateGroups, Organization organization) {
    this.tasks = tasks;
    this.watch = watch;
    this.deadlines = deadlines;
    this.clock = clock;
    this.calendar = calendar;
    this.runtime = runtime;
    this.candidateGroups = candidateGroups;
    this.organization = organization;
  }

  /**
   * Every late task of the cycle the caller may see (the same rule as {@link #of}), most late first, with its
   * department and escalation level, for the dashboard. The departments, the reasons and the changes come in
   * one query each for all the tasks, the rules once per kind of task, the candidate groups in one command.
   */
  @Transactional(readOnly = true)
  public List<LateTask> all(int year, Caller caller) {
    var now = clock.now();
    var reader = Reader.of(caller, organization);
    TaskQuery query = tasks.createTaskQuery().active().dueBefore(now).processVariableValueEquals(CycleProcess.YEAR, year);
    if (!reader.seesAll()) {
      var mine = query.or().taskAssignee(reader.userId());
      if (!reader.readGroups().isEmpty()) {
        mine.taskCandidateGroupIn(List.copyOf(reader.readGroups())).includeAssignedTasks();
      }
      mine.endOr();
    }
    var late = query.orderByDueDate().asc().orderByTaskId().asc().list();
    var departments = departmentsOf(late);
    var views = views(late, now);
    var rules = new HashMap<String, DeadlinesProperties.Rule>();
    return late.stream().map(task -> {
      var view = views.get(task.getId());
      var rule = rules.computeIfAbsent(task.getTaskDefinitionKey(), key -> calendar.rule(year, key));
      int manager = Math.max(1, rule.escalateAfter());
      int level = view.lateBusinessDays() >= manager + rule.escalateToCeoAfter() ? 2
          : view.lateBusinessDays() >= manager ? 1 : 0;
      int extensions = (int) view.changes().stream().filter(change -> change.kind() == DeadlineChange.Kind.EXTEND).count();
      return new LateTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessInstanceId(),
          departments.get(task.getProcessInstanceId()), view.candidateGroups(), view.assignee(), view.due(),
          view.lateBusinessDays(), level, view.reason(), view.reasonBy(), extensions,
          view.changes().stream().map(LateTasks::describe).toList());
    }).toList();
  }

  /** The {@code departmentId} of each task's process instance, in one query. */
  private Map<String, String> departmentsOf(List<Task> late) {
    var instances = late.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    var departments = new HashMap<String, String>();
    if (instances.length == 0) {
      return departments;
    }
    runtime.createVariableInstanceQuery().variableName(CycleProcess.DEPARTMENT_ID).processInstanceIdIn(instances)
        .list().stream()
        .filter(variable -> variable.getProcessInstanceId().equals(variable.getExecutionId()))
        .filter(variable -> variable.getValue() instanceof String)
        .forEach(variable -> departments.put(variable.getProcessInstanceId(), (String) variable.getValue()));
    return departments;
  }

  private static String describe(DeadlineChange.ChangeView change) {
    String what = switch (change.kind()) {
      case EXTEND -> "הוארך" + (change.newDue() == null ? "" : " עד " + ISRAELI_DAY.format(change.newDue()));
      case REASSIGN -> "הועבר" + (change.newAssignee() == null ? "" : " אל " + change.newAssignee());
      case DELEGATE -> "הואצל" + (change.newAssignee() == null ? "" : " אל " + change.newAssignee());
      case ACKNOWLEDGE -> "אושר שבטיפול";
    };
    return what + " (" + change.changedBy() + ")" + (change.reason() == null ? "" : ": " + change.reason());
  }

  private static final DateTimeFormatter ISRAELI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
      .withZone(ApplicationClock.ISRAEL);

  /**
   * One page of the cycle's open tasks past their due date that the reader may see: all for the
   * strategy unit, else those of the reader's groups (assigned or not) and those assigned to the
   * reader. The database filters, orders and counts: most late first (the earliest due date), then
   * by task id, so that pages neither repeat nor skip a task.
   */
  @Transactional(readOnly = true)
  PageOf<LateTaskView> of(int year, Reader reader, PageQuery page) {
    var now = clock.now();
    TaskQuery query = tasks.createTaskQuery().active().dueBefore(now).processVariableValueEquals(CycleProcess.YEAR, year);
    if (!reader.seesAll()) {
      var mine = query.or().taskAssignee(reader.userId());
      if (!reader.readGroups().isEmpty()) {
        mine.taskCandidateGroupIn(List.copyOf(reader.readGroups())).includeAssignedTasks();
      }
      mine.endOr();
    }
    long total = query.count();
    var found = query.orderByDueDate().asc().orderByTaskId().asc().listPage(page.offset(), page.size());
    var views = views(found, now);
    return PageOf.of(found.stream().map(task -> views.get(task.getId())).toList(), page, total);
  }

  /** The owners say why their task is late: its assignee or someone of its groups, no one else. */
  @Transactional
  void stateReason(String taskId, String reason, Reader reader) {
    var task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw Problems.problem(HttpStatus.NOT_FOUND, "No such task", "אין משימה פתוחה " + taskId);
    }
    if (!reader.owns(groupsOf(task), task.getAssignee())) {
      throw Problems.problem(HttpStatus.FORBIDDEN, "Not your task", "רק מי שהמשימה שלו/ה מסביר/ה את האיחור");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw Problems.problem(HttpStatus.BAD_REQUEST, "Reason missing", "יש לכתוב סיבה (עד 2000 תווים)");
    }
    deadlines.stateReason(taskId, reason.strip(), reader.userId());
  }

  /** Each task as the API shows it; the reasons, changes and groups read in one query or command each. */
  private Map<String, LateTaskView> views(List<Task> late, Date now) {
    var ids = late.stream().map(Task::getId).toList();
    var reasons = deadlines.reasons(ids);
    var changes = deadlines.changes(ids);
    var groups = candidateGroups.of(ids);
    var views = new HashMap<String, LateTaskView>();
    late.forEach(task -> views.put(task.getId(), view(task, groups.get(task.getId()), now,
        Optional.ofNullable(reasons.get(task.getId())), changes.getOrDefault(task.getId(), List.of()))));
    return views;
  }

  private LateTaskView view(Task task, List<String> groups, Date now, Optional<LateReason> reason,
      List<DeadlineChange.ChangeView> changes) {
    return new LateTaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), groups, task.getAssignee(),
        task.getDueDate().toInstant(), watch.lateBusinessDays(task, now),
        reason.map(LateReason::reason).orElse(null), reason.map(LateReason::statedBy).orElse(null),
        changes);
  }

  private List<String> groupsOf(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
  }

  /** A late task as the API shows it. */
  record LateTaskView(String taskId, String name, String taskKey, List<String> candidateGroups, String assignee,
      Instant due, int lateBusinessDays, String reason, String reasonBy, List<DeadlineChange.ChangeView> changes) {
  }

  /**
   * Who asks: the strategy unit, the CEO and admins see all late tasks; others the tasks of their groups or their
   * own, and a division's head those of the division's departments too (the query in {@link #of} says the same in
   * the database). {@code groups} own a task; {@code readGroups} are the groups whose tasks the reader sees.
   */
  record Reader(String userId, boolean seesAll, Collection<String> groups, Collection<String> readGroups) {

    static Reader of(Caller caller, Organization organization) {
      var readGroups = new LinkedHashSet<>(caller.groups());
      organization.departmentsReadBy(caller).forEach(id -> readGroups.add(Organization.departmentGroupId(id)));
      return new Reader(caller.userId(), caller.seesEverything(), caller.groups(), readGroups);
    }

    boolean owns(List<String> taskGroups, String assignee) {
      return userId.equals(assignee) || taskGroups.stream().anyMatch(groups::contains);
    }
  }
}
