package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TestCycles;
import org.maagal.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacks the integrity issue found, each as it was tried: a user completing their own task with another
 * department's, team's or late task's value. Each is refused at the door (400) and nothing is written; and should
 * a forged variable ever get in (here it is put there through the engine's Java API, as only an admin could), the
 * listeners still act on what the application recorded when it started the instance, not on the variable.
 */
@MaagalIntegrationTest
class ForgedFactsIntegrationTest {

  /** A year for each test: the test classes share one database, and a year has one cycle. */
  int year;

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Organization organization;

  TestCycles cycles;

  @BeforeEach
  void cycles() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  /** The year's cycle is in its situation assessment: every department's and team's task is open. */
  private void aCycleIsInItsSituationAssessment(int year) {
    this.year = year;
    cycles.start(year);
  }

  @AfterEach
  void endTheCycle() {
    cycles.endAll();
  }

  @Test
  void aDepartmentManagerCompletingHerOwnAssessmentWithAnotherDepartmentIsRefusedAndNothingIsWritten() {
    aCycleIsInItsSituationAssessment(2004);
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    var yael = RawClient.as(port, "yael-dror", "ein-karmit-demo");

    var response = yael.json("POST", "/engine-rest/task/" + schools.getId() + "/complete",
        "{\"variables\": {\"state\": {\"value\": \"הטקסט של יעל\"}, \"departmentId\": {\"value\": \"youth\"}}}");

    RawClient.assertProblem(response, 400);
    assertThat(response.body()).contains("departmentId");
    assertThat(assessments("youth")).isZero();
    assertThat(assessments("schools")).isZero();
    assertThat(tasks.createTaskQuery().taskId(schools.getId()).count()).as("the task is still open").isOne();
  }

  @Test
  void aFormFieldSentAsASerializedObjectIsRefused() {
    aCycleIsInItsSituationAssessment(2005);
    Task schools = departmentTask("submitDepartmentAssessment", "schools");

    var response = RawClient.as(port, "yael-dror", "ein-karmit-demo").json("POST", "/engine-rest/task/" + schools.getId()
        + "/complete", "{\"variables\": {\"state\": {\"value\": \"[]\", \"type\": \"Object\", \"valueInfo\": {"
        + "\"objectTypeName\": \"java.util.ArrayList\", \"serializationDataFormat\": \"application/json\"}}}}");

    RawClient.assertProblem(response, 400);
    assertThat(response.body()).contains("state");
    assertThat(assessments("schools")).isZero();
  }

  @Test
  void aForgedDepartmentVariableDoesNotRedirectTheAssessment() {
    aCycleIsInItsSituationAssessment(2078);
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    runtime.setVariable(schools.getProcessInstanceId(), "departmentId", "youth");

    var response = RawClient.as(port, "yael-dror", "ein-karmit-demo").json("POST", "/engine-rest/task/" + schools.getId()
        + "/complete", "{\"variables\": {\"state\": {\"value\": \"הטקסט של יעל\"}, \"achievements\": {\"value\":"
        + " \"הישגים\"}, \"gaps\": {\"value\": \"פערים\"}, \"challenges\": {\"value\": \"אתגרים\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(assessments("schools")).isOne();
    assertThat(assessments("youth")).isZero();
    assertThat(jdbc.queryForObject("select submitted_by from department_assessment where cycle_year = ? and"
        + " department_id = 'schools'", String.class, year)).isEqualTo("yael-dror");
  }

  @Test
  void aTeamMemberCompletingTheirChannelPictureWithAnotherTeamIsRefused() {
    aCycleIsInItsSituationAssessment(2006);
    String team = organization.workingTeamIds().get(0);
    String otherTeam = organization.workingTeamIds().get(1);
    Task picture = tasks.createTaskQuery().processInstanceBusinessKey("cycle-" + year).taskDefinitionKey("describeChannel")
        .taskCandidateGroup(Organization.committeeGroupId(team)).singleResult();
    String member = organization.committeeMemberIds(team).get(0);

    var response = RawClient.as(port, member, "ein-karmit-demo").json("POST", "/engine-rest/task/" + picture.getId()
        + "/complete", "{\"variables\": {\"picture\": {\"value\": \"תמונה\"}, \"teamId\": {\"value\": \"" + otherTeam
        + "\"}}}");

    RawClient.assertProblem(response, 400);
    assertThat(response.body()).contains("teamId");
    assertThat(jdbc.queryForObject("select count(*) from channel_picture where cycle_year = ?", Integer.class, year))
        .isZero();
  }

  @Test
  void anEscalationCompletedWithAnotherDivisionsLateTaskIsRefusedAndThatTaskKeepsItsDueDate() {
    aCycleIsInItsSituationAssessment(2007);
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    Task business = departmentTask("submitDepartmentAssessment", "business");
    Task escalation = escalationOf(schools, "orna-katz");

    var response = RawClient.as(port, "orna-katz", "ein-karmit-demo").json("POST", "/engine-rest/task/" + escalation.getId()
        + "/complete", "{\"variables\": {\"action\": {\"value\": \"extend\"}, \"extendDays\": {\"value\": 60},"
        + " \"reason\": {\"value\": \"בטיפול\"}, \"lateTaskId\": {\"value\": \"" + business.getId() + "\"}}}");

    RawClient.assertProblem(response, 400);
    assertThat(response.body()).contains("lateTaskId");
    assertThat(dueDate(business)).isEqualTo(business.getDueDate());
    assertThat(dueDate(schools)).isEqualTo(schools.getDueDate());
  }

  @Test
  void aForgedLateTaskVariableDoesNotMoveAnotherDivisionsTask() {
    aCycleIsInItsSituationAssessment(2098);
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    Task business = departmentTask("submitDepartmentAssessment", "business");
    Task escalation = escalationOf(schools, "orna-katz");
    runtime.setVariable(escalation.getProcessInstanceId(), "lateTaskId", business.getId());

    var response = RawClient.as(port, "orna-katz", "ein-karmit-demo").json("POST", "/engine-rest/task/" + escalation.getId()
        + "/complete", "{\"variables\": {\"action\": {\"value\": \"extend\"}, \"extendDays\": {\"value\": 3},"
        + " \"reason\": {\"value\": \"בטיפול\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(dueDate(business)).as("another division's task").isEqualTo(business.getDueDate());
    assertThat(dueDate(schools)).as("the late task the escalation was opened for").isAfter(schools.getDueDate());
  }

  @Test
  void theSteeringCommitteeApprovesTheVersionTheDesignCommitteeVotedForWhateverTheVariableSays() {
    aCycleIsInItsSituationAssessment(2100);
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughSituationAssessment(year);
    for (String step : List.of("setManagementEmphases", "recommendChannelGoals", "draftGoalTree", "castVote")) {
      fastForward.completeAll(year, step, switch (step) {
        case "setManagementEmphases" -> Map.of("emphases", "דגשים");
        case "recommendChannelGoals" -> Map.of("recommendation", "המלצות");
        case "draftGoalTree" -> Map.of("draftReady", true);
        default -> Map.of("vote", "for");
      });
    }
    var waiting = runtime.createExecutionQuery().processInstanceBusinessKey("cycle-" + year)
        .activityId("approveGoalTree").singleResult();
    int voted = (Integer) runtime.getVariable(waiting.getId(), "goalTreeVersion");
    runtime.setVariable(waiting.getProcessInstanceId(), "goalTreeVersion", voted + 7);

    fastForward.steeringApprovesAll(year);

    assertThat(jdbc.queryForObject("select number from goal_tree_version where cycle_year = ? and status = 'APPROVED'",
        Integer.class, year)).isEqualTo(voted);
  }

  private Task departmentTask(String key, String departmentId) {
    return tasks.createTaskQuery().processInstanceBusinessKey("cycle-" + year).taskDefinitionKey(key)
        .taskCandidateGroup(Organization.departmentGroupId(departmentId)).singleResult();
  }

  /** The escalation the deadline watch would open for a late task: started as the watch starts it. */
  private Task escalationOf(Task late, String manager) {
    var instance = runtime.startProcessInstanceByKey("task-escalation", Map.of("year", year, "lateTaskId", late.getId(),
        "lateTaskName", late.getName(), "lateTaskDue", "היום", "lateBusinessDays", 2, "escalateTo", manager));
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Date dueDate(Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate();
  }

  private int assessments(String departmentId) {
    return jdbc.queryForObject("select count(*) from department_assessment where cycle_year = ? and department_id = ?",
        Integer.class, year, departmentId);
  }
}
