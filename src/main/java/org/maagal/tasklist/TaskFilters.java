package org.maagal.tasklist;

import org.maagal.cycle.CycleProcess;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.maagal.organization.EngineGrants;
import org.maagal.organization.Role;
import org.springframework.stereotype.Component;

/**
 * The task filters of Tasklist, one shared copy each, kept up to date on every start. Their
 * expressions ({@code currentUser()}, {@code currentUserGroups()}, {@code now()}) are written
 * here by the application, never taken from a request.
 */
@Component
class TaskFilters {

  static final String MY_TASKS = "המשימות שלי";
  static final String UNIT_TASKS = "משימות המחלקה";
  static final String OVERDUE = "באיחור";
  static final String CYCLE_TASKS = "כל משימות המעגל";

  /** Process variables shown on each task card: the context a manager needs to act. */
  private static final List<Map<String, String>> CONTEXT_VARIABLES = List.of(
      Map.of("name", CycleProcess.YEAR, "label", "שנת המעגל"),
      Map.of("name", CycleProcess.PHASE_NAME, "label", "שלב"),
      Map.of("name", CycleProcess.DEPARTMENT_NAME, "label", "מחלקה"));

  private final FilterService filters;
  private final TaskService tasks;
  private final EngineGrants grants;

  TaskFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.grants = new EngineGrants(authorizations);
  }

  void keepUpToDate(Integer currentCycleYear) {
    var mine = save(MY_TASKS, 10, "משימות שהוקצו לי",
        byDueDate(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    var unit = save(UNIT_TASKS, 20, "משימות המחלקות והוועדות שלי, שלי ושל עמיתיי",
        byDueDate(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()));
    var overdue = save(OVERDUE, 30, "משימות שמועד היעד שלהן עבר",
        byDueDate(tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().dueBeforeExpression("${now()}")));
    String cycleKey = currentCycleYear == null ? "cycle-%" : "cycle-" + currentCycleYear;
    var cycle = save(CYCLE_TASKS, 40, "כל המשימות הפתוחות של מעגל התכנון הנוכחי",
        byDueDate(tasks.createTaskQuery().processInstanceBusinessKeyLike(cycleKey)));

    for (var shared : List.of(mine, unit, overdue)) {
      grants.grantEveryone(FILTER, shared.getId(), Permissions.READ);
    }
    grants.grantGroup(Role.STRATEGY_UNIT.groupId(), FILTER, cycle.getId(), Permissions.READ);
  }

  private static TaskQuery byDueDate(TaskQuery query) {
    // among equal deadlines the newest task first: a returned assessment comes back on top
    return query.orderByDueDate().asc().orderByTaskCreateTime().desc();
  }

  private Filter save(String name, int priority, String description, TaskQuery query) {
    var filter = filters.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filters.newTaskFilter(name);
    }
    var properties = new LinkedHashMap<String, Object>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", CONTEXT_VARIABLES);
    filter.setQuery(query);
    filter.setProperties(properties);
    return filters.saveFilter(filter);
  }
}
