package org.maagal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.maagal.assessment.ChannelPictureForm;
import org.maagal.budget.BudgetBook;
import org.maagal.goals.GoalTreeService;
import org.maagal.meetings.Choice;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.workplans.ActivityInput;
import org.maagal.workplans.BudgetLineInput;
import org.maagal.workplans.WorkPlanService;

/**
 * Moves a cycle's first phases along through the engine's Java API, with valid answers in
 * every form, for tests that are about what comes after it.
 */
public final class CycleFastForward {

  private final TaskService tasks;
  private final MeetingsAtOnce meetings;

  public CycleFastForward(TaskService tasks, MeetingsAtOnce meetings) {
    this.tasks = tasks;
    this.meetings = meetings;
  }

  /** The steering committee meets now, every member present, and approves all that waits for it. */
  public void steeringApprovesAll(int year) {
    meetings.holdNow("steering", year, Choice.FOR, null);
  }

  /** Completes every task of the year's situation assessment, reviews included, then closes the phase. */
  public void throughSituationAssessment(int year) {
    completeAll(year, "submitDepartmentAssessment", Map.of("state", "מצב", "achievements", "הישגים", "gaps", "פערים",
        "challenges", "אתגרים"));
    completeAll(year, "reviewDepartmentAssessment", Map.of("reviewDecision", "accept"));
    completeAll(year, "submitCityData", Map.of("residentSatisfaction", 71.5, "surveyYear", year - 1,
        "population", 9800, "findings", "ממצאים"));
    describeChannels(year, "תמונת אפיק", place -> 3, place -> null);
    completeAll(year, "closeSituationAssessment", Map.of("pictureSummary", "סיכום תמונת העיר"));
  }

  /**
   * Every working team of the year describes its channel and scores every criterion its form shows: the criterion
   * at place n (1, 2, … in the channel's rubric) gets {@code score} of n and the comment {@code comment} of n, if any.
   */
  public void describeChannels(int year, String picture, IntUnaryOperator score, IntFunction<String> comment) {
    for (Task task : open(year, "describeChannel")) {
      var values = new HashMap<String, Object>(Map.of(ChannelPictureForm.PICTURE, picture));
      for (int place = 1; place <= ChannelPictureForm.PLACES
          && tasks.getVariable(task.getId(), ChannelPictureForm.criterion(place)) != null; place++) {
        values.put(ChannelPictureForm.score(place), String.valueOf(score.applyAsInt(place)));
        if (comment.apply(place) != null) {
          values.put(ChannelPictureForm.comment(place), comment.apply(place));
        }
      }
      tasks.complete(task.getId(), values);
    }
  }

  /** Completes phase 2: emphases, recommendations, a draft every member votes for, the steering committee's approval at a meeting. */
  public void throughGoalPlanning(int year) {
    completeAll(year, "setManagementEmphases", Map.of("emphases", "דגשים"));
    completeAll(year, "recommendChannelGoals", Map.of("recommendation", "המלצות"));
    completeAll(year, "draftGoalTree", Map.of("draftReady", true));
    completeAll(year, "castVote", Map.of("vote", "for"));
    steeringApprovesAll(year);
  }

  /**
   * Completes phase 3: every department whose draft is open plans one activity toward a target of the
   * approved tree with a line from its first budget clause; the plans are approved and the book too.
   */
  public void throughWorkPlans(int year, WorkPlanService plans, GoalTreeService goals, BudgetBook budget) {
    approveEveryWorkPlan(year, plans, goals, budget);
    completeAll(year, "compileBook", Map.of("bookReady", true));
    steeringApprovesAll(year);
  }

  /** Every department with an open draft plans one activity with one line, and every plan is approved. */
  public void approveEveryWorkPlan(int year, WorkPlanService plans, GoalTreeService goals, BudgetBook budget) {
    var target = goals.approvedTargets(year).get(0).id();
    for (Task draft : open(year, "draftWorkPlan")) {
      String departmentId = (String) tasks.getVariable(draft.getId(), "departmentId");
      var caller = new Caller("fast-forward", List.of(Organization.departmentGroupId(departmentId)));
      var plan = plans.addActivity(year, departmentId, new ActivityInput("פעילות שגרה", null, null, null, null, null,
          List.of(target), List.of(1)), caller);
      var clause = budget.clausesOf(year, departmentId).get(0);
      plans.addLine(year, departmentId, plan.activities().get(plan.activities().size() - 1).id(),
          new BudgetLineInput(clause.code(), "1000"), caller);
      tasks.complete(draft.getId(), Map.of("planReady", true));
    }
    for (String review : List.of("reviewAlignment", "reviewBudget", "approveWorkPlan")) {
      completeAll(year, review, Map.of("workPlanDecision", "approve"));
    }
  }

  /**
   * Opens the year's next measurement round the way its day would, by executing the timer the measurement
   * phase waits on, and runs the fan-out to the departments.
   */
  public void openMeasurementRound(int year, ManagementService management, RuntimeService runtime) {
    var phase = runtime.createProcessInstanceQuery().processDefinitionKey("measurement")
        .variableValueEquals("year", year).singleResult();
    var timer = management.createJobQuery().processInstanceId(phase.getId()).timers().singleResult();
    management.executeJob(timer.getId());
    AsyncContinuations.runAll(management);
  }

  /**
   * Opens the next round; every department hands in its report as it opened, and the strategy unit accepts it. After
   * the semi-annual round, the mid-year control follows ({@link #throughMidYearControl}).
   */
  public void throughMeasurementRound(int year, ManagementService management, RuntimeService runtime) {
    openMeasurementRound(year, management, runtime);
    completeAll(year, "fillMeasurementReport", Map.of("reportReady", true));
    completeAll(year, "validateMeasurementReport", Map.of("reportDecision", "accept"));
    throughMidYearControl(year, management);
  }

  /** Every deviation the mid-year control flagged gets a cause and an action, and the report is compiled. */
  public void throughMidYearControl(int year, ManagementService management) {
    AsyncContinuations.runAll(management);
    completeAll(year, "explainDeviation", Map.of("cause", "סיבה", "correctiveAction", "פעולה מתקנת",
        "actionDue", year + "-11-30"));
    completeAll(year, "compileControlReport", Map.of("conclusions", "מסקנות"));
  }

  /**
   * Completes phase 5: the gaps the rules flagged are the list, each department explains each of its gaps,
   * the lessons are recorded and the steering committee lets every gap carry.
   */
  public void throughReview(int year, ManagementService management) {
    completeAll(year, "completeGapList", Map.of("gapsReady", true));
    AsyncContinuations.runAll(management);
    completeAll(year, "explainGap", Map.of("explanation", "הסבר", "treatment", "טיפול"));
    completeAll(year, "recordLessons", Map.of("lessons", "לקחים", "successes", "הצלחות"));
    steeringApprovesAll(year);
  }

  /** Completes every open task of the definition in the year's cycle with the same values. */
  public void completeAll(int year, String taskDefinitionKey, Map<String, Object> values) {
    for (Task task : open(year, taskDefinitionKey)) {
      tasks.complete(task.getId(), values);
    }
  }

  public List<Task> open(int year, String taskDefinitionKey) {
    return tasks.createTaskQuery().taskDefinitionKey(taskDefinitionKey).processVariableValueEquals("year", year)
        .list();
  }
}
