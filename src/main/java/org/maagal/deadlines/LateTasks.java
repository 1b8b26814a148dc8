package org.maagal.deadlines;

import org.maagal.clock.ApplicationClock;
import org.maagal.cycle.CycleProcess;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
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
class LateTasks {

  private final TaskService tasks;
  private final DeadlineWatch watch;
  private final TaskDeadlines deadlines;
  private final ApplicationClock clock;

  LateTasks(TaskService tasks, DeadlineWatch watch, TaskDeadlines deadlines, ApplicationClock clock) {
    this.tasks = tasks;
    this.watch = watch;
    this.deadlines = deadlines;
    this.clock = clock;
  }

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
      if (!reader.groups().isEmpty()) {
        mine.taskCandidateGroupIn(List.copyOf(reader.groups())).includeAssignedTasks();
      }
      mine.endOr();
    }
    long total = query.count();
    var items = query.orderByDueDate().asc().orderByTaskId().asc().listPage(page.offset(), page.size()).stream()
        .map(task -> view(task, groupsOf(task), now)).toList();
    return PageOf.of(items, page, total);
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

  private LateTaskView view(Task task, List<String> groups, Date now) {
    var reason = deadlines.reason(task.getId());
    return new LateTaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), groups, task.getAssignee(),
        task.getDueDate().toInstant(), watch.lateBusinessDays(task, now),
        reason.map(LateReason::reason).orElse(null), reason.map(LateReason::statedBy).orElse(null),
        deadlines.changes(task.getId()));
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
   * Who asks: the strategy unit, the CEO and admins see all late tasks; others the tasks of their
   * groups or their own (the query in {@link #of} says the same in the database).
   */
  record Reader(String userId, boolean seesAll, Collection<String> groups) {
    boolean owns(List<String> taskGroups, String assignee) {
      return userId.equals(assignee) || taskGroups.stream().anyMatch(groups::contains);
    }
  }
}
