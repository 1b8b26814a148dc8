package org.maagal.assessment;

import org.maagal.cycle.CycleProcess;
import java.util.Arrays;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.forms.FormValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The listeners the situation-assessment processes call when a form is completed
 * ({@code camunda:taskListener event="complete" delegateExpression="${...}"}): each reads the
 * form's values, has the service store them, and leaves the process only ids and flags.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentTaskListeners {

  @Bean
  TaskListener storeDepartmentAssessment(AssessmentService assessments) {
    return task -> {
      var form = FormValues.of(task);
      var answers = new AssessmentAnswers(form.flag("nothingToReport"), form.text("state"),
          form.text("achievements"), form.text("gaps"), form.text("challenges"));
      var stored = assessments.submit(form.year(), (String) task.getVariable(CycleProcess.DEPARTMENT_ID), answers, form.actor());
      task.getExecution().setVariable(DepartmentAssessmentProcess.ASSESSMENT_ID, stored.id());
      task.getExecution().setVariable(DepartmentAssessmentProcess.NOTHING_TO_REPORT, answers.nothingToReport());
    };
  }

  @Bean
  TaskListener reviewDepartmentAssessment(AssessmentService assessments) {
    return task -> {
      var form = FormValues.of(task);
      boolean returned = "return".equals(form.text("reviewDecision"));
      long assessmentId = ((Number) task.getVariable(DepartmentAssessmentProcess.ASSESSMENT_ID)).longValue();
      assessments.review(assessmentId, !returned, form.text("reviewNote"), form.actor());
      task.getExecution().setVariable(DepartmentAssessmentProcess.RETURNED, returned);
    };
  }

  @Bean
  TaskListener storeCityData(AssessmentService assessments) {
    return task -> {
      var form = FormValues.of(task);
      assessments.submitCityData(form.year(), new CityDataView.Figures(form.decimal("residentSatisfaction"),
          form.integer("surveyYear"), form.integer("surveyRespondents"), form.integer("population"),
          form.integer("yearbookYear"), form.text("findings")), form.actor());
    };
  }

  @Bean
  TaskListener storeChannelPicture(AssessmentService assessments) {
    return task -> {
      var form = FormValues.of(task);
      var scores = Arrays.stream(Arena.values()).map(arena -> new ChannelPictureView.ArenaScore(arena,
          score(form, arena), form.text(arena.key() + "Comment"))).toList();
      assessments.submitChannelPicture(form.year(), (String) task.getVariable(CycleProcess.TEAM_ID), form.text("picture"), scores,
          form.actor());
    };
  }

  private static int score(FormValues form, Arena arena) {
    Integer score = form.integer(arena.key() + "Score");
    return score == null ? 0 : score;
  }
}
