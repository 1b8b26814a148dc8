package org.maagal.assessment;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
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
  TaskListener storeDepartmentAssessment(AssessmentService assessments, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      form.requireCallerIn(Organization.departmentGroupId(about.departmentId()));
      var answers = new AssessmentAnswers(form.flag("nothingToReport"), form.text("state"),
          form.text("achievements"), form.text("gaps"), form.text("challenges"), form.text("carriedGapsFollowUp"));
      var stored = assessments.submit(about.year(), about.departmentId(), answers, form.actor());
      facts.record(task.getExecution(), Fact.ASSESSMENT_ID, stored.id());
      task.getExecution().setVariable(DepartmentAssessmentProcess.NOTHING_TO_REPORT, answers.nothingToReport());
    };
  }

  @Bean
  TaskListener reviewDepartmentAssessment(AssessmentService assessments, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      boolean returned = "return".equals(form.text("reviewDecision"));
      long assessmentId = facts.of(task).number(Fact.ASSESSMENT_ID);
      assessments.review(assessmentId, !returned, form.text("reviewNote"), form.actor());
      task.getExecution().setVariable(DepartmentAssessmentProcess.RETURNED, returned);
    };
  }

  @Bean
  TaskListener storeCityData(AssessmentService assessments, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.RESEARCH.groupId());
      assessments.submitCityData(facts.of(task).year(), new CityDataView.Figures(form.decimal("residentSatisfaction"),
          form.integer("surveyYear"), form.integer("surveyRespondents"), form.integer("population"),
          form.integer("yearbookYear"), form.text("findings")), form.actor());
    };
  }

  @Bean
  TaskListener storeChannelPicture(AssessmentService assessments, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      form.requireCallerIn(Organization.committeeGroupId(about.teamId()));
      var scores = Arrays.stream(Arena.values()).map(arena -> new ChannelPictureView.ArenaScore(arena,
          score(form, arena), form.text(arena.key() + "Comment"))).toList();
      assessments.submitChannelPicture(about.year(), about.teamId(), form.text("picture"), scores,
          form.actor());
    };
  }

  private static int score(FormValues form, Arena arena) {
    Integer score = form.integer(arena.key() + "Score");
    return score == null ? 0 : score;
  }
}
