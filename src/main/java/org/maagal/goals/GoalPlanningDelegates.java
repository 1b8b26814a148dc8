package org.maagal.goals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
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
  TaskListener storeManagementEmphases(PlanningInputs inputs, Clock clock, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.CEO.groupId());
      store(inputs, clock, form, facts.of(task).year(), PlanningInput.Kind.MANAGEMENT_EMPHASES, null, "emphases");
    };
  }

  @Bean
  TaskListener storeChannelRecommendation(PlanningInputs inputs, Clock clock, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      form.requireCallerIn(Organization.committeeGroupId(about.teamId()));
      store(inputs, clock, form, about.year(), PlanningInput.Kind.CHANNEL_RECOMMENDATION, about.teamId(),
          "recommendation");
    };
  }

  /** The committee says its draft is ready: the newest draft version goes to round 1 of the vote. */
  @Bean
  TaskListener putDraftToVote(GoalTreeService goals, ProcessFacts facts, Organization organization) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(organization.designCommittee().groupId());
      if (!form.flag("draftReady")) {
        throw FormValues.refuse(List.of("יש לאשר שהטיוטה מוכנה להצבעה"));
      }
      var about = facts.of(task);
      int draft = goals.currentDraft(about.year());
      // the same version again (voted down, put back unchanged) goes on to its next round: a member
      // votes once a round on a version
      boolean sameVersion = about.find(Fact.GOAL_TREE_VERSION).map(Integer::parseInt).orElse(0) == draft;
      int round = sameVersion ? (int) about.number(Fact.VOTE_ROUND) + 1 : 1;
      facts.record(task.getExecution(), Fact.GOAL_TREE_VERSION, draft);
      facts.record(task.getExecution(), Fact.VOTE_ROUND, round);
    };
  }

  /** The version the design committee voted for and the steering committee approved, as the process recorded it. */
  @Bean
  JavaDelegate freezeGoalTree(GoalTreeService goals, ProcessFacts facts) {
    return execution -> {
      var about = facts.of(execution);
      goals.approve(about.year(), (int) about.number(Fact.GOAL_TREE_VERSION), about.text(Fact.APPROVED_BY));
    };
  }

  private static void store(PlanningInputs inputs, Clock clock, FormValues form, int year, PlanningInput.Kind kind,
      String teamId, String field) {
    String text = form.text(field);
    if (text == null) {
      throw FormValues.refuse(List.of("השדה ריק"));
    }
    if (text.length() > 4000) {
      throw FormValues.refuse(List.of("טקסט ארוך מ-4000 תווים"));
    }
    inputs.save(new PlanningInput(year, kind, teamId, text, form.actor(), Instant.now(clock)));
  }
}
