package org.maagal.review;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.maagal.cycle.CycleProcess;
import org.maagal.forms.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the review processes call: flag the gaps, show them, close the list, store explanations, lessons and the decision. */
@Configuration(proxyBeanMethods = false)
class ReviewTaskListeners {

  @Bean
  JavaDelegate flagReviewGaps(ReviewService review) {
    return execution -> review.flag(year(execution));
  }

  @Bean
  TaskListener showReviewSummary(ReviewService review) {
    return task -> task.getExecution().setVariable(ReviewProcess.SUMMARY, review.summary(year(task)));
  }

  @Bean
  TaskListener closeGapList(ReviewService review) {
    return task -> review.closeGaps(year(task), FormValues.of(task).actor());
  }

  /** The department's task names its gap and shows what shows it. */
  @Bean
  TaskListener showGap(ReviewService review) {
    return task -> {
      var gap = review.gap(gapId(task));
      task.setName("הסבר פער: " + gap.title());
      task.setVariableLocal(ReviewProcess.GAP_TITLE, gap.title());
      task.setVariableLocal(ReviewProcess.GAP_DETAIL, gap.detail() == null ? "" : gap.detail());
    };
  }

  @Bean
  TaskListener explainGap(ReviewService review) {
    return task -> {
      var form = FormValues.of(task);
      review.explain(gapId(task), form.text(ReviewProcess.EXPLANATION), form.text(ReviewProcess.TREATMENT),
          form.actor());
    };
  }

  @Bean
  TaskListener recordReviewLessons(ReviewService review) {
    return task -> {
      var form = FormValues.of(task);
      review.recordLessons(year(task), form.text(ReviewProcess.LESSONS), form.text(ReviewProcess.SUCCESSES),
          form.actor());
    };
  }

  @Bean
  TaskListener decideCarriedGaps(ReviewService review) {
    return task -> review.decide(year(task), FormValues.of(task).actor());
  }

  private static int year(VariableScope scope) {
    return ((Number) scope.getVariable(CycleProcess.YEAR)).intValue();
  }

  private static long gapId(VariableScope scope) {
    return ((Number) scope.getVariable(ReviewProcess.GAP_ID)).longValue();
  }
}
