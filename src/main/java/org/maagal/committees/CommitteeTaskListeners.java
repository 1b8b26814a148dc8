package org.maagal.committees;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.Facts;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.goals.GoalPlanningProcess;
import org.maagal.organization.Organization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the goal-planning process calls for its committees: a member's vote is recorded when the
 * vote task completes, the round is counted by a service task ({@code voteOutcome}: approved,
 * rejected, another-round), and the steering committee's decision is recorded ({@code goalTreeApproved}).
 * The version and round under vote are the application's record of the process ({@link ProcessFacts}).
 */
@Configuration(proxyBeanMethods = false)
class CommitteeTaskListeners {

  @Bean
  TaskListener castVote(CommitteeService committees, Organization organization, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      committees.cast(ballot(about, organization), about.text(Fact.MEMBER_ID), form.actor(), form.text("vote"),
          form.text("voteComment"));
    };
  }

  @Bean
  JavaDelegate countVotes(CommitteeService committees, Organization organization, ProcessFacts facts) {
    return (DelegateExecution execution) -> {
      var ballot = ballot(facts.of(execution), organization);
      var outcome = committees.count(ballot);
      execution.setVariable(GoalPlanningProcess.VOTE_OUTCOME, outcome.key());
      if (outcome == Outcome.ANOTHER_ROUND) {
        facts.record(execution, Fact.VOTE_ROUND, ballot.round() + 1);
      }
    };
  }

  @Bean
  TaskListener recordSteeringDecision(CommitteeService committees, Organization organization, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(organization.steeringCommittee().groupId());
      boolean approved = "approve".equals(form.text("steeringDecision"));
      committees.decide(ballot(facts.of(task), organization), approved, form.text("steeringComments"), form.actor());
      task.getExecution().setVariable(GoalPlanningProcess.GOAL_TREE_APPROVED, approved);
      facts.record(task.getExecution(), Fact.APPROVED_BY, form.actor());
    };
  }

  private static Ballot ballot(Facts about, Organization organization) {
    return new Ballot(organization.designCommittee().id(), about.year(), (int) about.number(Fact.GOAL_TREE_VERSION),
        (int) about.number(Fact.VOTE_ROUND));
  }
}
