package org.maagal.cycle;

import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.AsyncContinuations;
import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.organization.Organization;
import org.maagal.budget.BudgetBook;
import org.maagal.goals.GoalTreeService;
import org.maagal.workplans.WorkPlanService;
import org.springframework.beans.factory.annotation.Autowired;

/** The cycle walks its five phases in order and the cycle row follows the phase it is in. */
@MaagalIntegrationTest
class AnnualPlanningCycleIntegrationTest {

  @Autowired
  CycleService cycles;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  RuntimeService runtime;
  @Autowired
  Organization organization;
  @Autowired
  WorkPlanService plans;
  @Autowired
  GoalTreeService goals;
  @Autowired
  BudgetBook budget;

  @Test
  void everyDepartmentGetsItsOwnAssessmentTaskInItsOwnProcessInstance() {
    var cycle = cycles.start(2061, "noa-barak");
    AsyncContinuations.runAll(management);

    var assessments = tasks.createTaskQuery().processInstanceBusinessKey(cycle.businessKey())
        .taskDefinitionKey("submitDepartmentAssessment").list();

    assertThat(organization.departmentIds()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(assessments).hasSize(organization.departmentIds().size());
    assertThat(assessments).extracting(Task::getProcessInstanceId).doesNotHaveDuplicates();
    for (String departmentId : organization.departmentIds()) {
      assertThat(tasks.createTaskQuery().processInstanceBusinessKey(cycle.businessKey())
          .taskCandidateGroup("dept-" + departmentId).singleResult().getName())
          .isEqualTo("הערכת מצב: " + organization.unitName(departmentId));
    }
  }

  @Test
  void phasesRunInOrderUntilTheCycleIsCompleted() {
    var cycle = cycles.start(2062, "noa-barak");
    AsyncContinuations.runAll(management);

    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.completeAll(2062, "submitDepartmentAssessment", Map.of("state", "מצב", "achievements", "הישגים",
        "gaps", "פערים", "challenges", "אתגרים"));
    assertThat(cycles.byYear(2062).phase()).isEqualTo(CyclePhase.SITUATION_ASSESSMENT);
    fastForward.throughSituationAssessment(2062);
    assertThat(cycles.byYear(2062).phase()).isEqualTo(CyclePhase.GOAL_PLANNING);
    fastForward.throughGoalPlanning(2062);
    assertThat(cycles.byYear(2062).phase()).isEqualTo(CyclePhase.WORK_PLANS);
    AsyncContinuations.runAll(management);
    fastForward.throughWorkPlans(2062, plans, goals, budget);

    assertThat(cycles.byYear(2062).phase()).isEqualTo(CyclePhase.MEASUREMENT);
    fastForward.throughMeasurementRound(2062, management, runtime);
    fastForward.throughMeasurementRound(2062, management, runtime);
    assertThat(cycles.byYear(2062).phase()).isEqualTo(CyclePhase.REVIEW);
    fastForward.throughReview(2062, management);

    assertThat(cycles.byYear(2062).phase()).isEqualTo(CyclePhase.COMPLETED);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(cycle.processInstanceId()).count()).isZero();
  }
}
