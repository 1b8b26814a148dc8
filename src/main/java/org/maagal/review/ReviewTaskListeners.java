package org.maagal.review;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormText;
import org.maagal.forms.FormValues;
import org.maagal.meetings.CommitteeAgenda;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the review processes call: flag the gaps, show them, close the list, store explanations, lessons and the
 * decision. The year, the department and the gap are the application's record of the process ({@link ProcessFacts}).
 */
@Configuration(proxyBeanMethods = false)
class ReviewTaskListeners {

  @Bean
  JavaDelegate flagReviewGaps(ReviewService review, ProcessFacts facts) {
    return execution -> review.flag(facts.of(execution).year());
  }

  @Bean
  TaskListener showReviewSummary(ReviewService review, ProcessFacts facts) {
    return task -> task.getExecution().setVariable(ReviewProcess.SUMMARY, review.summary(facts.of(task).year()));
  }

  @Bean
  TaskListener closeGapList(ReviewService review, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      review.closeGaps(facts.of(task).year(), form.actor());
    };
  }

  /** The department's task names its gap and shows what shows it. */
  @Bean
  TaskListener showGap(ReviewService review, ProcessFacts facts) {
    return task -> {
      var gap = review.gap(facts.of(task).number(Fact.GAP_ID));
      task.setName(FormText.taskName("הסבר פער: " + gap.title()));
      task.setVariableLocal(ReviewProcess.GAP_TITLE, gap.title());
      task.setVariableLocal(ReviewProcess.GAP_DETAIL, gap.detail() == null ? "" : gap.detail());
    };
  }

  @Bean
  TaskListener explainGap(ReviewService review, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      form.requireCallerIn(Organization.departmentGroupId(about.departmentId()));
      review.explain(about.number(Fact.GAP_ID), form.text(ReviewProcess.EXPLANATION), form.text(ReviewProcess.TREATMENT),
          form.actor());
    };
  }

  @Bean
  TaskListener recordReviewLessons(ReviewService review, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      review.recordLessons(facts.of(task).year(), form.text(ReviewProcess.LESSONS), form.text(ReviewProcess.SUCCESSES),
          form.actor());
    };
  }

  @Bean
  ExecutionListener decideCarriedGaps(ReviewService review, CommitteeAgenda agenda, ProcessFacts facts) {
    return execution -> {
      var verdict = agenda.verdictFor(execution);
      if (verdict.approved()) {
        review.decide(facts.of(execution).year(), verdict.decidedBy());
      }
      execution.setVariable(ReviewProcess.CARRIED_GAPS_APPROVED, verdict.approved());
    };
  }

  /** The gaps, explained, go on the steering committee's next agenda (again, after a meeting did not approve). */
  @Bean
  ExecutionListener putCarriedGapsOnSteeringAgenda(CommitteeAgenda agenda, Organization organization,
      ReviewService review, ProcessFacts facts) {
    return execution -> {
      int year = facts.of(execution).year();
      agenda.awaitDecision(execution, organization.steeringCommittee().id(), "הפערים שעוברים ל-" + (year + 1),
          review.summary(year), "/review/?year=" + year);
    };
  }
}
