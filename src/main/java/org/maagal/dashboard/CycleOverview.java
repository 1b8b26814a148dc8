package org.maagal.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.maagal.assessment.AssessmentService;
import org.maagal.clock.ApplicationClock;
import org.maagal.cycle.CyclePhase;
import org.maagal.cycle.CycleProcess;
import org.maagal.cycle.CycleService;
import org.maagal.cycle.CycleView;
import org.maagal.measurement.MeasurementService;
import org.maagal.measurement.Round;
import org.maagal.workplans.WorkPlanService;
import org.springframework.stereotype.Service;

/**
 * Where each cycle stands: its phase on a timeline of the five, its open and late tasks, and per department the
 * state of each phase. A department's phase is late or in progress while it has open tasks in it (late when one
 * is past its due date); without any, it is done once the cycle has moved past the phase, not started before,
 * and in the current phase what the reviewed life of the department's assessment, plan or annual report says
 * ({@link PhaseState#of}).
 *
 * <p>Per cycle under way the engine is asked twice, whatever the number of departments: the year's open tasks,
 * and the {@code departmentId} and {@code phaseName} of their process instances; a completed cycle has no open
 * tasks and asks nothing.
 */
@Service
class CycleOverview {

  /** The phases a cycle goes through, in order, without the end. */
  static final List<CyclePhase> PHASES = Arrays.stream(CyclePhase.values())
      .filter(phase -> phase != CyclePhase.COMPLETED).toList();

  private final CycleService cycles;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final AssessmentService assessments;
  private final WorkPlanService plans;
  private final MeasurementService measurement;
  private final ApplicationClock clock;

  CycleOverview(CycleService cycles, TaskService tasks, RuntimeService runtime, AssessmentService assessments,
      WorkPlanService plans, MeasurementService measurement, ApplicationClock clock) {
    this.cycles = cycles;
    this.tasks = tasks;
    this.runtime = runtime;
    this.assessments = assessments;
    this.plans = plans;
    this.measurement = measurement;
    this.clock = clock;
  }

  /** An open task of a cycle, with its department (null for the whole city's) and phase. */
  record OpenTask(String id, String name, String departmentId, CyclePhase phase, Instant due, boolean late,
      String assignee, String processInstanceId) {
  }

  /** A step of a cycle's timeline: "done", "current" or "future". */
  record Step(CyclePhase phase, String state) {
  }

  record CycleCard(int year, CyclePhase phase, List<Step> timeline, int open, int late, String processInstanceId) {
  }

  /** A department's row: the state of each of {@link #PHASES}, its open and late tasks. */
  record DepartmentRow(String departmentId, String name, List<PhaseState> states, int open, int late) {
  }

  /** Every cycle, newest first (a row a year). */
  List<CycleView> cycles() {
    return cycles.all();
  }

  CycleCard card(CycleView cycle, List<OpenTask> open) {
    var timeline = PHASES.stream().map(phase -> new Step(phase,
        phase.ordinal() < cycle.phase().ordinal() ? "done" : phase == cycle.phase() ? "current" : "future")).toList();
    return new CycleCard(cycle.year(), cycle.phase(), timeline, open.size(),
        (int) open.stream().filter(OpenTask::late).count(), cycle.processInstanceId());
  }

  /**
   * The cycle's open tasks that the reader may see: all, or those of the reader's departments. A completed
   * cycle has none, and the engine is not asked.
   */
  List<OpenTask> openTasks(CycleView cycle, DashboardAccess access) {
    if (cycle.phase() == CyclePhase.COMPLETED) {
      return List.of();
    }
    int year = cycle.year();
    Date now = clock.now();
    List<Task> found = tasks.createTaskQuery().active().processVariableValueEquals(CycleProcess.YEAR, year)
        .orderByDueDate().asc().orderByTaskId().asc().list();
    var variables = processVariables(found);
    var open = new ArrayList<OpenTask>();
    for (Task task : found) {
      var own = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
      String department = own.get(CycleProcess.DEPARTMENT_ID);
      if (!access.all() && !access.sees(department)) {
        continue;
      }
      var phase = CyclePhase.ofHebrewName(own.get(CycleProcess.PHASE_NAME)).orElse(null);
      boolean late = task.getDueDate() != null && task.getDueDate().before(now);
      open.add(new OpenTask(task.getId(), task.getName(), department, phase,
          task.getDueDate() == null ? null : task.getDueDate().toInstant(), late, task.getAssignee(),
          task.getProcessInstanceId()));
    }
    return open;
  }

  /** Each department's row in the year's cycle. */
  List<DepartmentRow> departments(CycleView cycle, List<OpenTask> open, DashboardAccess access) {
    var current = currentPhase(cycle, access);
    var rows = new ArrayList<DepartmentRow>();
    for (var unit : access.departments()) {
      var own = open.stream().filter(task -> unit.id().equals(task.departmentId())).toList();
      var states = PHASES.stream().map(phase -> {
        var inPhase = own.stream().filter(task -> task.phase() == phase).toList();
        if (phase == CyclePhase.GOAL_PLANNING) {
          return PhaseState.CITY_WIDE;
        }
        if (!inPhase.isEmpty()) {
          return inPhase.stream().anyMatch(OpenTask::late) ? PhaseState.LATE : PhaseState.IN_PROGRESS;
        }
        if (phase.ordinal() < cycle.phase().ordinal()) {
          return PhaseState.DONE;
        }
        if (phase.ordinal() > cycle.phase().ordinal()) {
          return PhaseState.NOT_STARTED;
        }
        return current.getOrDefault(unit.id(), PhaseState.NOT_STARTED);
      }).toList();
      rows.add(new DepartmentRow(unit.id(), unit.name(), states, own.size(),
          (int) own.stream().filter(OpenTask::late).count()));
    }
    return rows;
  }

  /**
   * Where each department stands in the cycle's current phase, by the reviewed life of what it hands in there
   * ({@link PhaseState#of}): its assessment, its plan, its reports. The measurement is done with the annual
   * report approved; a semi-annual report alone leaves it in progress.
   */
  private Map<String, PhaseState> currentPhase(CycleView cycle, DashboardAccess access) {
    int year = cycle.year();
    var states = new HashMap<String, PhaseState>();
    switch (cycle.phase()) {
      case SITUATION_ASSESSMENT -> assessments.statusByDepartment(year)
          .forEach((departmentId, status) -> states.put(departmentId, PhaseState.of(status)));
      case WORK_PLANS -> plans.plans(year, access.caller())
          .forEach(plan -> states.put(plan.departmentId(), PhaseState.of(plan.status())));
      case MEASUREMENT -> measurement.reports(year, access.caller()).forEach(report -> states.merge(
          report.departmentId(),
          report.round() == Round.ANNUAL ? PhaseState.of(report.status()) : PhaseState.IN_PROGRESS,
          (one, other) -> one == PhaseState.DONE ? one : other));
      default -> {
      }
    }
    return states;
  }

  /** The {@code departmentId} and {@code phaseName} of each process instance, read in one query. */
  private Map<String, Map<String, String>> processVariables(List<Task> found) {
    var instances = found.stream().map(Task::getProcessInstanceId).distinct().toArray(String[]::new);
    var byInstance = new HashMap<String, Map<String, String>>();
    if (instances.length == 0) {
      return byInstance;
    }
    var names = Set.of(CycleProcess.DEPARTMENT_ID, CycleProcess.PHASE_NAME);
    runtime.createVariableInstanceQuery().variableNameIn(names.toArray(String[]::new))
        .processInstanceIdIn(instances).list().stream()
        // the process's own variables, not a loop's of the same name
        .filter(variable -> variable.getProcessInstanceId().equals(variable.getExecutionId()))
        .filter(variable -> variable.getValue() instanceof String)
        .forEach(variable -> byInstance.computeIfAbsent(variable.getProcessInstanceId(), key -> new HashMap<>())
            .put(variable.getName(), (String) variable.getValue()));
    return byInstance;
  }
}
