package org.maagal.assessment;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.maagal.ProcessPaths.fanOut;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.StubOrganization;
import org.maagal.cycle.CycleProcess;
import org.maagal.goals.GoalTreeService;
import org.maagal.review.ResultsService;
import org.maagal.review.ReviewService;

/**
 * The one path of {@code situation-assessment}: three branches at once (every department's assessment, the research
 * desk's city data, every working team's channel picture), joined before the strategy unit closes the phase.
 */
@Deployment(resources = "situation-assessment.bpmn")
class SituationAssessmentProcessTest {

  private static final String PROCESS_ID = "situation-assessment";
  private static final String DEPARTMENTS = "departmentAssessments";
  private static final String CITY_DATA = "submitCityData";
  private static final String CHANNELS = "describeChannel";
  private static final String CLOSE = "closeSituationAssessment";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(PROCESS_ID);

  Stub storeCityData;
  Stub prepareChannelPicture;
  Stub storeChannelPicture;
  Stub closeCityPicture;

  @BeforeEach
  void stubTheFeatures() {
    paths.deployStandIn(DepartmentAssessmentProcess.PROCESS_ID);
    StubOrganization.register();
    storeCityData = Stub.register("storeCityData");
    prepareChannelPicture = Stub.register("prepareChannelPicture");
    storeChannelPicture = Stub.register("storeChannelPicture");
    closeCityPicture = Stub.register("closeCityPicture");
    var goals = mock(GoalTreeService.class);
    var results = mock(ResultsService.class);
    var reviews = mock(ReviewService.class);
    for (String department : StubOrganization.DEPARTMENTS) {
      when(goals.indicatorsOf(2031, department)).thenReturn("indicators of " + department);
      when(results.departmentSummary(2030, department)).thenReturn("2030 results of " + department);
      when(reviews.carriedGapsOf(2030, department)).thenReturn("gaps carried from 2030 for " + department);
    }
    Mocks.register("goalTreeService", goals);
    Mocks.register("resultsService", results);
    Mocks.register("reviewService", reviews);
  }

  @Test
  void everyContributionIsInBeforeTheStrategyUnitClosesThePhase() {
    var phase = start();
    assertThat(phase).isWaitingAt(fanOut(DEPARTMENTS), CITY_DATA, CHANNELS);
    assertThat(task(CITY_DATA)).hasCandidateGroup("research");
    Assertions.assertThat(channelTasks()).extracting(Task::getName).containsExactlyInAnyOrder(
        "תמונת מצב ומחוון: " + StubOrganization.nameOf("youth"),
        "תמונת מצב ומחוון: " + StubOrganization.nameOf("environment"));
    Assertions.assertThat(prepareChannelPicture.calls()).as("each team's form gets its channel's rubric")
        .containsExactly(CHANNELS, CHANNELS);

    execute(job(fanOut(DEPARTMENTS)));
    complete(task(CITY_DATA));
    channelTasks().forEach(channel -> complete(channel));
    assertThat(phase).isWaitingAt(fanOut(DEPARTMENTS)).hasNotPassed(CLOSE);

    departmentInstances(phase).forEach(department -> complete(task(department)));

    assertThat(phase).isWaitingAt(CLOSE);
    assertThat(task(CLOSE)).hasCandidateGroup("strategy-unit").hasName("גיבוש וסגירת שלב: תמונת העיר 2031");
    complete(task(CLOSE));
    assertThat(phase).isEnded().hasPassed("assessmentClosed");
    Assertions.assertThat(storeCityData.calls()).containsExactly(CITY_DATA);
    Assertions.assertThat(storeChannelPicture.calls()).containsExactly(CHANNELS, CHANNELS);
    Assertions.assertThat(closeCityPicture.calls()).as("the summary closes the city's picture").containsExactly(CLOSE);
  }

  @Test
  void eachDepartmentAssessesInAnInstanceOfItsOwnWithItsIndicatorsAndLastYear() {
    var phase = start();
    Assertions.assertThat(departmentInstances(phase)).as("started in the job executor, not at once").isEmpty();

    execute(job(fanOut(DEPARTMENTS)));

    var departments = departmentInstances(phase);
    Assertions.assertThat(departments).extracting(ProcessInstance::getBusinessKey).containsOnly("cycle-2031");
    Assertions.assertThat(departments).extracting(department -> runtimeService().getVariables(department.getId()))
        .allSatisfy(variables -> Assertions.assertThat(variables)
            .containsEntry(CycleProcess.CYCLE_ID, 7L).containsEntry(CycleProcess.YEAR, 2031)
            .containsEntry(CycleProcess.PHASE_NAME, "הערכת מצב"))
        .extracting(variables -> variables.get(CycleProcess.DEPARTMENT_ID) + " | "
            + variables.get(CycleProcess.DEPARTMENT_NAME) + " | " + variables.get("departmentIndicators") + " | "
            + variables.get("lastResults") + " | " + variables.get("carriedGaps"))
        .containsExactlyInAnyOrder(
            "education | " + StubOrganization.nameOf("education")
                + " | indicators of education | 2030 results of education | gaps carried from 2030 for education",
            "welfare | " + StubOrganization.nameOf("welfare")
                + " | indicators of welfare | 2030 results of welfare | gaps carried from 2030 for welfare");
  }

  private ProcessInstance start() {
    var phase = runtimeService().startProcessInstanceByKey(PROCESS_ID, "cycle-2031", withVariables(
        CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.PHASE_NAME, "הערכת מצב"));
    assertThat(phase).isStarted();
    return phase;
  }

  private static List<Task> channelTasks() {
    return taskQuery().taskDefinitionKey(CHANNELS).list();
  }

  private static List<ProcessInstance> departmentInstances(ProcessInstance phase) {
    return processInstanceQuery().superProcessInstanceId(phase.getId()).list();
  }
}
