package org.maagal.assessment;

import java.util.Map;
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

  /**
   * When a team's task is created: the form's places get the criteria of the team's channel, in the rubric file's
   * order, with last year's score of each; every answer the form gives is declared on the team's own instance of the
   * task, so that it stays there and no other team's answer (of the same name, on the process) stands in for one
   * this team left out.
   */
  @Bean
  TaskListener prepareChannelPicture(AssessmentService assessments, ProcessFacts facts, RubricFile rubric) {
    return task -> {
      var about = facts.of(task);
      var channel = assessments.channelOf(about.teamId());
      // last year's scores are a hint beside each place: an instance without its year (started by hand) goes without
      var lastScores = about.has(Fact.YEAR) ? assessments.lastScores(about.year(), channel)
          : Map.<String, Integer>of();
      var team = task.getExecution();
      team.setVariableLocal(ChannelPictureForm.PICTURE, null);
      for (var place : rubric.places(channel)) {
        int n = place.number();
        team.setVariableLocal(ChannelPictureForm.criterion(n), place.criterion().name());
        if (place.opensArena()) {
          team.setVariableLocal(ChannelPictureForm.arena(n), place.arena().name());
        }
        Integer last = lastScores.get(RubricChange.key(place.arena().id(), place.criterion().id()));
        if (last != null) {
          team.setVariableLocal(ChannelPictureForm.lastYear(n), "בשנה הקודמת: " + last);
        }
        team.setVariableLocal(ChannelPictureForm.score(n), null);
        team.setVariableLocal(ChannelPictureForm.comment(n), null);
      }
    };
  }

  /**
   * The team, its year and its channel come from the application's records; the criteria from the channel's rubric.
   * Place n is the channel's n-th criterion, whatever the submission says; a place past the rubric is not read.
   */
  @Bean
  TaskListener storeChannelPicture(AssessmentService assessments, ProcessFacts facts, RubricFile rubric) {
    return task -> {
      var form = FormValues.of(task);
      var about = facts.of(task);
      form.requireCallerIn(Organization.committeeGroupId(about.teamId()));
      var channel = assessments.channelOf(about.teamId());
      var answers = rubric.places(channel).stream().map(place -> new RubricAnswer(place,
          form.text(ChannelPictureForm.score(place.number())), form.text(ChannelPictureForm.comment(place.number()))))
          .toList();
      assessments.submitChannelPicture(about.year(), about.teamId(), channel, form.text(ChannelPictureForm.PICTURE),
          answers, form.actor());
    };
  }
}
