package org.maagal.goals;

import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.tasklist.FormValues;
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
  TaskListener storeManagementEmphases(PlanningInputs inputs) {
    return task -> store(inputs, FormValues.of(task), PlanningInput.Kind.MANAGEMENT_EMPHASES, null, "emphases");
  }

  @Bean
  TaskListener storeChannelRecommendation(PlanningInputs inputs) {
    return task -> store(inputs, FormValues.of(task), PlanningInput.Kind.CHANNEL_RECOMMENDATION,
        (String) task.getVariable("teamId"), "recommendation");
  }

  /** The committee says its draft is ready: the newest draft version goes to round 1 of the vote. */
  @Bean
  TaskListener putDraftToVote(GoalTreeService goals) {
    return task -> {
      var form = FormValues.of(task);
      if (!form.flag("draftReady")) {
        throw FormValues.refuse(List.of("יש לאשר שהטיוטה מוכנה להצבעה"));
      }
      task.getExecution().setVariable("goalTreeVersion", goals.currentDraft(form.year()));
      task.getExecution().setVariable("voteRound", 1);
    };
  }

  @Bean
  JavaDelegate freezeGoalTree(GoalTreeService goals) {
    return execution -> goals.approve(((Number) execution.getVariable("year")).intValue(),
        ((Number) execution.getVariable("goalTreeVersion")).intValue(), (String) execution.getVariable("approvedBy"));
  }

  private static void store(PlanningInputs inputs, FormValues form, PlanningInput.Kind kind, String teamId,
      String field) {
    String text = form.text(field);
    if (text == null) {
      throw FormValues.refuse(List.of("השדה ריק"));
    }
    if (text.length() > 4000) {
      throw FormValues.refuse(List.of("טקסט ארוך מ-4000 תווים"));
    }
    inputs.save(new PlanningInput(form.year(), kind, teamId, text, form.actor(), Instant.now()));
  }
}
