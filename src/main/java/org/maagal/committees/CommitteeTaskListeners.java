package org.maagal.committees;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.Facts;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.goals.GoalPlanningProcess;
import org.maagal.meetings.CommitteeAgenda;
import org.maagal.organization.Organization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the goal-planning process calls for its committees: a member's vote is recorded when the
 * vote task completes, the round is counted by a service task ({@code voteOutcome}: approved,
 * rejected, another-round), and the approved version waits for the steering committee's decision at its
 * meeting, which is recorded when it arrives ({@code goalTreeApproved}).
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

  /** The version the design committee approved goes on the steering committee's next agenda. */
  @Bean
  ExecutionListener putGoalTreeOnSteeringAgenda(CommitteeAgenda agenda, Organization organization,
      ProcessFacts facts) {
    return execution -> {
      var about = facts.of(execution);
      int version = (int) about.number(Fact.GOAL_TREE_VERSION);
      agenda.awaitDecision(execution, organization.steeringCommittee().id(),
          "אישור עץ המטרות " + about.year() + " (גרסה " + version + ")",
          "הוועדה המעצבת אישרה ברוב קולות את גרסה " + version + " של עץ המטרות; ההשוואה לגרסה הקודמת בדף עץ המטרות. "
              + "העץ נוסח מתמונת העיר, מה שלמדה הערכת המצב: /picture/?year=" + about.year(),
          "/goals/?year=" + about.year() + "&diff=" + version);
    };
  }

  /** The steering committee's decision, taken at its meeting, reaches the goal planning. */
  @Bean
  ExecutionListener recordSteeringDecision(CommitteeService committees, CommitteeAgenda agenda,
      Organization organization, ProcessFacts facts) {
    return execution -> {
      var verdict = agenda.verdictFor(execution);
      committees.decide(ballot(facts.of(execution), organization), verdict.approved(), verdict.wording(),
          verdict.decidedBy());
      execution.setVariable(GoalPlanningProcess.GOAL_TREE_APPROVED, verdict.approved());
      if (!verdict.approved()) {
        execution.setVariable(GoalPlanningProcess.STEERING_COMMENTS, verdict.wording());
      }
      facts.record(execution, Fact.APPROVED_BY, verdict.decidedBy());
    };
  }

  private static Ballot ballot(Facts about, Organization organization) {
    return new Ballot(organization.designCommittee().id(), about.year(), (int) about.number(Fact.GOAL_TREE_VERSION),
        (int) about.number(Fact.VOTE_ROUND));
  }
}
