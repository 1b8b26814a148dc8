package org.maagal.committees;

import org.maagal.goals.GoalPlanningProcess;
import org.maagal.cycle.CycleProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.maagal.organization.Organization;
import org.maagal.forms.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the goal-planning process calls for its committees: a member's vote is recorded when the
 * vote task completes, the round is counted by a service task ({@code voteOutcome}: approved,
 * rejected, another-round), and the steering committee's decision is recorded ({@code goalTreeApproved}).
 */
@Configuration(proxyBeanMethods = false)
class CommitteeTaskListeners {

  @Bean
  TaskListener castVote(CommitteeService committees, Organization organization) {
    return task -> {
      var form = FormValues.of(task);
      committees.cast(ballot(task, organization), (String) task.getVariable(GoalPlanningProcess.MEMBER_ID), form.actor(),
          form.text("vote"), form.text("voteComment"));
    };
  }

  @Bean
  JavaDelegate countVotes(CommitteeService committees, Organization organization) {
    return (DelegateExecution execution) -> {
      var outcome = committees.count(ballot(execution, organization));
      execution.setVariable(GoalPlanningProcess.VOTE_OUTCOME, outcome.key());
      if (outcome == Outcome.ANOTHER_ROUND) {
        execution.setVariable(GoalPlanningProcess.VOTE_ROUND, ((Number) execution.getVariable(GoalPlanningProcess.VOTE_ROUND)).intValue() + 1);
      }
    };
  }

  @Bean
  TaskListener recordSteeringDecision(CommitteeService committees) {
    return task -> {
      var form = FormValues.of(task);
      boolean approved = "approve".equals(form.text("steeringDecision"));
      String comments = form.text("steeringComments");
      committees.decide(form.year(), ((Number) task.getVariable(GoalPlanningProcess.GOAL_TREE_VERSION)).intValue(), approved, comments,
          form.actor());
      task.getExecution().setVariable(GoalPlanningProcess.GOAL_TREE_APPROVED, approved);
      task.getExecution().setVariable(GoalPlanningProcess.APPROVED_BY, form.actor());
    };
  }

  private static Ballot ballot(VariableScope scope, Organization organization) {
    return new Ballot(organization.designCommittee().id(), ((Number) scope.getVariable(CycleProcess.YEAR)).intValue(),
        ((Number) scope.getVariable(GoalPlanningProcess.GOAL_TREE_VERSION)).intValue(), ((Number) scope.getVariable(GoalPlanningProcess.VOTE_ROUND)).intValue());
  }
}
