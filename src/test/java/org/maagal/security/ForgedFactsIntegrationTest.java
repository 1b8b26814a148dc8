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

  static final int YEAR = 2103;

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Organization organization;

  TestCycles cycles;

  @BeforeEach
  void aCycleIsInItsSituationAssessment() {
    cycles = new TestCycles(rest, management, tasks, runtime);
    cycles.start(YEAR);
  }

  @AfterEach
  void endTheCycle() {
    cycles.endAll();
  }

  @Test
  void aDepartmentManagerCompletingHerOwnAssessmentWithAnotherDepartmentIsRefusedAndNothingIsWritten() {
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    var yael = RawClient.as(port, "yael-dror", "demo");

    var response = yael.json("POST", "/engine-rest/task/" + schools.getId() + "/complete",
        "{\"variables\": {\"state\": {\"value\": \"הטקסט של יעל\"}, \"departmentId\": {\"value\": \"youth\"}}}");

    RawClient.assertProblem(response, 400);
    assertThat(response.body()).contains("departmentId");
    assertThat(assessments("youth")).isZero();
    assertThat(assessments("schools")).isZero();
    assertThat(tasks.createTaskQuery().taskId(schools.getId()).count()).as("the task is still open").isOne();
  }

  @Test
  void aForgedDepartmentVariableDoesNotRedirectTheAssessment() {
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    runtime.setVariable(schools.getProcessInstanceId(), "departmentId", "youth");

    var response = RawClient.as(port, "yael-dror", "demo").json("POST", "/engine-rest/task/" + schools.getId()
        + "/complete", "{\"variables\": {\"state\": {\"value\": \"הטקסט של יעל\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(assessments("schools")).isOne();
    assertThat(assessments("youth")).isZero();
    assertThat(jdbc.queryForObject("select submitted_by from department_assessment where cycle_year = ? and"
        + " department_id = 'schools'", String.class, YEAR)).isEqualTo("yael-dror");
  }

  @Test
  void aTeamMemberCompletingTheirChannelPictureWithAnotherTeamIsRefused() {
    String team = organization.workingTeamIds().get(0);
    String otherTeam = organization.workingTeamIds().get(1);
    Task picture = tasks.createTaskQuery().processInstanceBusinessKey("cycle-" + YEAR).taskDefinitionKey("describeChannel")
        .taskCandidateGroup(Organization.committeeGroupId(team)).singleResult();
    String member = organization.committeeMemberIds(team).get(0);

    var response = RawClient.as(port, member, "demo").json("POST", "/engine-rest/task/" + picture.getId()
        + "/complete", "{\"variables\": {\"picture\": {\"value\": \"תמונה\"}, \"teamId\": {\"value\": \"" + otherTeam
        + "\"}}}");

    RawClient.assertProblem(response, 400);
    assertThat(response.body()).contains("teamId");
    assertThat(jdbc.queryForObject("select count(*) from channel_picture where cycle_year = ?", Integer.class, YEAR))
        .isZero();
  }

  @Test
  void anEscalationCompletedWithAnotherDivisionsLateTaskIsRefusedAndThatTaskKeepsItsDueDate() {
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    Task business = departmentTask("submitDepartmentAssessment", "business");
    Task escalation = escalationOf(schools, "orna-katz");

    var response = RawClient.as(port, "orna-katz", "demo").json("POST", "/engine-rest/task/" + escalation.getId()
        + "/complete", "{\"variables\": {\"action\": {\"value\": \"extend\"}, \"extendDays\": {\"value\": 60},"
        + " \"reason\": {\"value\": \"בטיפול\"}, \"lateTaskId\": {\"value\": \"" + business.getId() + "\"}}}");

    RawClient.assertProblem(response, 400);
    assertThat(response.body()).contains("lateTaskId");
    assertThat(dueDate(business)).isEqualTo(business.getDueDate());
    assertThat(dueDate(schools)).isEqualTo(schools.getDueDate());
  }

  @Test
  void aForgedLateTaskVariableDoesNotMoveAnotherDivisionsTask() {
    Task schools = departmentTask("submitDepartmentAssessment", "schools");
    Task business = departmentTask("submitDepartmentAssessment", "business");
    Task escalation = escalationOf(schools, "orna-katz");
    runtime.setVariable(escalation.getProcessInstanceId(), "lateTaskId", business.getId());

    var response = RawClient.as(port, "orna-katz", "demo").json("POST", "/engine-rest/task/" + escalation.getId()
        + "/complete", "{\"variables\": {\"action\": {\"value\": \"extend\"}, \"extendDays\": {\"value\": 3},"
        + " \"reason\": {\"value\": \"בטיפול\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
    assertThat(dueDate(business)).as("another division's task").isEqualTo(business.getDueDate());
    assertThat(dueDate(schools)).as("the late task the escalation was opened for").isAfter(schools.getDueDate());
  }

  @Test
  void theSteeringCommitteeApprovesTheVersionTheDesignCommitteeVotedForWhateverTheVariableSays() {
    var fastForward = new CycleFastForward(tasks);
    fastForward.throughSituationAssessment(YEAR);
    for (String step : List.of("setManagementEmphases", "recommendChannelGoals", "draftGoalTree", "castVote")) {
      fastForward.completeAll(YEAR, step, switch (step) {
        case "setManagementEmphases" -> Map.of("emphases", "דגשים");
        case "recommendChannelGoals" -> Map.of("recommendation", "המלצות");
        case "draftGoalTree" -> Map.of("draftReady", true);
        default -> Map.of("vote", "for");
      });
    }
    Task approval = tasks.createTaskQuery().processInstanceBusinessKey("cycle-" + YEAR)
        .taskDefinitionKey("approveGoalTree").singleResult();
    int voted = (Integer) tasks.getVariable(approval.getId(), "goalTreeVersion");
    runtime.setVariable(approval.getProcessInstanceId(), "goalTreeVersion", voted + 7);

    fastForward.completeAll(YEAR, "approveGoalTree", Map.of("steeringDecision", "approve"));

    assertThat(jdbc.queryForObject("select number from goal_tree_version where cycle_year = ? and status = 'APPROVED'",
        Integer.class, YEAR)).isEqualTo(voted);
  }

  private Task departmentTask(String key, String departmentId) {
    return tasks.createTaskQuery().processInstanceBusinessKey("cycle-" + YEAR).taskDefinitionKey(key)
        .taskCandidateGroup(Organization.departmentGroupId(departmentId)).singleResult();
  }

  /** The escalation the deadline watch would open for a late task: started as the watch starts it. */
  private Task escalationOf(Task late, String manager) {
    var instance = runtime.startProcessInstanceByKey("task-escalation", Map.of("year", YEAR, "lateTaskId", late.getId(),
        "lateTaskName", late.getName(), "lateTaskDue", "היום", "lateBusinessDays", 2, "escalateTo", manager));
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Date dueDate(Task task) {
    return tasks.createTaskQuery().taskId(task.getId()).singleResult().getDueDate();
  }

  private int assessments(String departmentId) {
    return jdbc.queryForObject("select count(*) from department_assessment where cycle_year = ? and department_id = ?",
        Integer.class, YEAR, departmentId);
  }
}
