package org.maagal.goals;

import org.maagal.cycle.CycleProcess;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.forms.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the goal-planning process calls: the CEO's emphases and the teams' recommendations are
 * stored as the forms complete; the design committee's draft is put to the vote; the version the
 * steering committee approved is frozen.
 */
@Configuration(proxyBeanMethods = false)
class GoalPlanningDelegates {

  @Bean
  TaskListener storeManagementEmphases(PlanningInputs inputs, Clock clock) {
    return task -> store(inputs, clock, FormValues.of(task), PlanningInput.Kind.MANAGEMENT_EMPHASES, null, "emphases");
  }

  @Bean
  TaskListener storeChannelRecommendation(PlanningInputs inputs, Clock clock) {
    return task -> store(inputs, clock, FormValues.of(task), PlanningInput.Kind.CHANNEL_RECOMMENDATION,
        (String) task.getVariable(CycleProcess.TEAM_ID), "recommendation");
  }

  /** The committee says its draft is ready: the newest draft version goes to round 1 of the vote. */
  @Bean
  TaskListener putDraftToVote(GoalTreeService goals) {
    return task -> {
      var form = FormValues.of(task);
      if (!form.flag("draftReady")) {
        throw FormValues.refuse(List.of("יש לאשר שהטיוטה מוכנה להצבעה"));
      }
      int draft = goals.currentDraft(form.year());
      var execution = task.getExecution();
      // the same version again (voted down, put back unchanged) goes on to its next round: a member
      // votes once a round on a version
      boolean sameVersion = execution.getVariable(GoalPlanningProcess.GOAL_TREE_VERSION) instanceof Number last
          && last.intValue() == draft;
      int round = sameVersion && execution.getVariable(GoalPlanningProcess.VOTE_ROUND) instanceof Number previous
          ? previous.intValue() + 1 : 1;
      execution.setVariable(GoalPlanningProcess.GOAL_TREE_VERSION, draft);
      execution.setVariable(GoalPlanningProcess.VOTE_ROUND, round);
    };
  }

  @Bean
  JavaDelegate freezeGoalTree(GoalTreeService goals) {
    return execution -> goals.approve(((Number) execution.getVariable(CycleProcess.YEAR)).intValue(),
        ((Number) execution.getVariable(GoalPlanningProcess.GOAL_TREE_VERSION)).intValue(), (String) execution.getVariable(GoalPlanningProcess.APPROVED_BY));
  }

  private static void store(PlanningInputs inputs, Clock clock, FormValues form, PlanningInput.Kind kind, String teamId,
      String field) {
    String text = form.text(field);
    if (text == null) {
      throw FormValues.refuse(List.of("השדה ריק"));
    }
    if (text.length() > 4000) {
      throw FormValues.refuse(List.of("טקסט ארוך מ-4000 תווים"));
    }
    inputs.save(new PlanningInput(form.year(), kind, teamId, text, form.actor(), Instant.now(clock)));
  }
}
