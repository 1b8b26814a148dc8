package org.maagal.security;

import org.maagal.AsyncContinuations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests: a department manager, logged in with an ordinary demo account, tries to
 * become more than that or to reach another department's work. Each attempt is refused, and the
 * engine's state afterwards is checked to be what it was.
 */
@MaagalIntegrationTest
class PrivilegeEscalationIntegrationTest {

  static final String ATTACKER = "omer-segal";
  static final String ATTACKERS_GROUP = "dept-business";
  static final String VICTIM = "rachel-tzur";

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  FilterService filters;
  @Autowired
  ObjectMapper mapper;

  RawClient attacker;
  Task schoolsTask;

  @BeforeEach
  void aCycleIsRunning() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": 2080}"), String.class);
    AsyncContinuations.runAll(management);
    attacker = RawClient.as(port, ATTACKER, "ein-karmit-demo");
    schoolsTask = tasks.createTaskQuery().taskCandidateGroup("dept-schools")
        .list().stream().findFirst().orElseThrow();
  }

  @Test
  void cannotCreateAUser() {
    var response = attacker.json("POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"long-enough-for-the-policy\"}}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void cannotCreateAGroup() {
    var response = attacker.json("POST", "/engine-rest/group/create", "{\"id\":\"intruders\",\"name\":\"x\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identity.createGroupQuery().groupId("intruders").count()).isZero();
  }

  @Test
  void cannotJoinTheAdminGroup() {
    var response = attacker.send("PUT", "/engine-rest/group/camunda-admin/members/" + ATTACKER, null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId(ATTACKER).count()).isZero();
  }

  @Test
  void cannotGrantItselfAnAuthorization() {
    long before = authorizations.createAuthorizationQuery().userIdIn(ATTACKER).count();

    var response = attacker.json("POST", "/engine-rest/authorization/create",
        "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"" + ATTACKER + "\",\"resourceType\":0,\"resourceId\":\"*\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(authorizations.createAuthorizationQuery().userIdIn(ATTACKER).count()).isEqualTo(before);
  }

  @Test
  void cannotChangeAnotherPersonsPassword() {
    var response = attacker.json("PUT", "/engine-rest/user/" + VICTIM + "/credentials",
        "{\"password\":\"taken-over\",\"authenticatedUserPassword\":\"ein-karmit-demo\"}");

    assertThat(response.statusCode()).isIn(403, 404);
    assertThat(identity.checkPassword(VICTIM, "taken-over")).isFalse();
  }

  @Test
  void cannotChangeAnotherPersonsEmail() {
    String before = identity.createUserQuery().userId(VICTIM).singleResult().getEmail();

    var response = attacker.json("PUT", "/engine-rest/user/" + VICTIM + "/profile",
        "{\"id\":\"" + VICTIM + "\",\"firstName\":\"x\",\"lastName\":\"x\",\"email\":\"attacker@evil.example\"}");

    assertThat(response.statusCode()).isIn(403, 404);
    assertThat(identity.createUserQuery().userId(VICTIM).singleResult().getEmail()).isEqualTo(before);
  }

  @Test
  void cannotDeleteAUser() {
    var response = attacker.send("DELETE", "/engine-rest/user/" + VICTIM, null, null);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identity.createUserQuery().userId(VICTIM).count()).isOne();
  }

  @Test
  void cannotCreateATenant() {
    var response = attacker.json("POST", "/engine-rest/tenant/create", "{\"id\":\"intruders\",\"name\":\"x\"}");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(identity.createTenantQuery().tenantId("intruders").count()).isZero();
  }

  @Test
  void cannotDeleteADeployment() {
    String deploymentId = repository.createDeploymentQuery().list().get(0).getId();

    var response = attacker.send("DELETE", "/engine-rest/deployment/" + deploymentId + "?cascade=true", null, null);

    assertThat(response.statusCode()).isIn(403, 404);
    assertThat(repository.createDeploymentQuery().deploymentId(deploymentId).count()).isOne();
  }

  @Test
  void cannotStartACycleBehindTheApplicationsBack() {
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("annual-planning-cycle").count();

    var engine = attacker.json("POST", "/engine-rest/process-definition/key/annual-planning-cycle/start",
        "{\"businessKey\":\"cycle-2081\"}");
    var api = attacker.json("POST", "/api/cycles", "{\"year\":2081}");

    assertThat(engine.statusCode()).isEqualTo(403);
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("annual-planning-cycle").count())
        .isEqualTo(before);
  }

  @Test
  void cannotReadAnotherDepartmentsTaskOrItsVariables() {
    assertThat(attacker.get("/engine-rest/task/" + schoolsTask.getId()).statusCode()).isEqualTo(404);
    assertThat(attacker.get("/engine-rest/task/" + schoolsTask.getId() + "/variables").statusCode()).isIn(403, 404);
    assertThat(attacker.get("/engine-rest/task/" + schoolsTask.getId() + "/form-variables").statusCode())
        .isIn(403, 404);
  }

  @Test
  void cannotReadAnotherDepartmentsAssessmentThroughHistory() throws Exception {
    var variables = attacker.get("/engine-rest/history/variable-instance?maxResults=100&processInstanceId="
        + schoolsTask.getProcessInstanceId());
    var instances = attacker.get("/engine-rest/history/process-instance?maxResults=100&processInstanceId="
        + schoolsTask.getProcessInstanceId());

    assertThat(variables.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(variables.body())).isEmpty();
    assertThat(mapper.readTree(instances.body())).isEmpty();
  }

  @Test
  void cannotClaimCompleteOrReassignAnotherDepartmentsTask() {
    String id = schoolsTask.getId();

    var claim = attacker.json("POST", "/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + ATTACKER + "\"}");
    var assignee = attacker.json("POST", "/engine-rest/task/" + id + "/assignee", "{\"userId\":\"" + ATTACKER + "\"}");
    var complete = attacker.json("POST", "/engine-rest/task/" + id + "/complete", "{\"variables\":{}}");
    var submit = attacker.json("POST", "/engine-rest/task/" + id + "/submit-form",
        "{\"variables\":{\"state\":{\"value\":\"forged\"}}}");
    var candidate = attacker.json("POST", "/engine-rest/task/" + id + "/identity-links",
        "{\"groupId\":\"" + ATTACKERS_GROUP + "\",\"type\":\"candidate\"}");

    assertThat(claim.statusCode()).isEqualTo(403);
    assertThat(assignee.statusCode()).isEqualTo(403);
    assertThat(complete.statusCode()).isEqualTo(403);
    assertThat(submit.statusCode()).isEqualTo(403);
    assertThat(candidate.statusCode()).isEqualTo(403);
    var after = tasks.createTaskQuery().taskId(id).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(tasks.getIdentityLinksForTask(id)).noneMatch(link -> ATTACKERS_GROUP.equals(link.getGroupId()));
    assertThat(runtime.getVariable(after.getExecutionId(), "state")).isNull();
  }

  @Test
  void cannotChangeDeleteOrSuspendTheCycle() {
    String cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2080")
        .processDefinitionKey("annual-planning-cycle").singleResult().getId();

    var variables = attacker.json("POST", "/engine-rest/process-instance/" + cycle + "/variables",
        "{\"modifications\":{\"year\":{\"value\":1999}}}");
    var delete = attacker.send("DELETE", "/engine-rest/process-instance/" + cycle, null, null);
    var suspend = attacker.json("PUT", "/engine-rest/process-definition/key/annual-planning-cycle/suspended",
        "{\"suspended\":true,\"includeProcessInstances\":true}");

    assertThat(variables.statusCode()).isIn(403, 404);
    assertThat(delete.statusCode()).isIn(403, 404);
    assertThat(suspend.statusCode()).isEqualTo(403);
    var after = runtime.createProcessInstanceQuery().processInstanceId(cycle).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.isSuspended()).isFalse();
    assertThat(runtime.getVariable(cycle, "year")).isEqualTo(2080);
  }

  /**
   * The nightly history cleanup's job belongs to no process, so the engine checks no authorization for it: without
   * the guard a department manager could list it, run it, suspend it or put it off for ever.
   */
  @Test
  void cannotSeeRunOrRetryJobs() {
    var cleanup = history.findHistoryCleanupJobs().get(0);
    var jobs = attacker.get("/engine-rest/job?maxResults=100");
    var retries = attacker.json("POST", "/engine-rest/job/retries", "{\"retries\":5,\"jobQuery\":{}}");
    var run = attacker.json("POST", "/engine-rest/job/" + cleanup.getId() + "/execute", "{}");
    var suspend = attacker.json("PUT", "/engine-rest/job/" + cleanup.getId() + "/suspended", "{\"suspended\":true}");
    var putOff = attacker.json("PUT", "/engine-rest/job/" + cleanup.getId() + "/duedate",
        "{\"duedate\":\"2099-01-01T00:00:00.000+0000\"}");
    var definitions = attacker.get("/engine-rest/job-definition");

    assertThat(List.of(jobs, retries, run, suspend, putOff, definitions)).allSatisfy(answer -> {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
          assertThat(type).startsWith("application/problem+json"));
    });
    var after = history.findHistoryCleanupJobs().get(0);
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getDuedate()).isEqualTo(cleanup.getDuedate());
    assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
  }

  @Test
  void cannotCreateChangeOrDeleteAStoredFilter() {
    String filterId = filters.createFilterQuery().filterName("משימות המחלקה").singleResult().getId();
    long before = filters.createFilterQuery().count();

    var create = attacker.json("POST", "/engine-rest/filter/create",
        "{\"resourceType\":\"Task\",\"name\":\"כל המשימות\",\"query\":{}}");
    var update = attacker.json("PUT", "/engine-rest/filter/" + filterId,
        "{\"resourceType\":\"Task\",\"name\":\"כל המשימות\",\"query\":{}}");
    var delete = attacker.send("DELETE", "/engine-rest/filter/" + filterId, null, null);

    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(update.statusCode()).isEqualTo(403);
    assertThat(delete.statusCode()).isEqualTo(403);
    assertThat(filters.createFilterQuery().count()).isEqualTo(before);
    assertThat(filters.getFilter(filterId).getName()).isEqualTo("משימות המחלקה");
  }

  @Test
  void cannotOpenCockpitOrAdmin() throws Exception {
    assertThat(new WebappSession(port).login(ATTACKER, "ein-karmit-demo", "cockpit")).isEqualTo(403);
    assertThat(new WebappSession(port).login(ATTACKER, "ein-karmit-demo", "admin")).isEqualTo(403);
  }

  @Test
  void cannotCompleteItsOwnTaskFromAPageWithoutTheCsrfToken() throws Exception {
    var browser = new WebappSession(port);
    assertThat(browser.login(ATTACKER, "ein-karmit-demo", "tasklist")).isEqualTo(200);
    String ownTask = tasks.createTaskQuery().taskCandidateGroup(ATTACKERS_GROUP).list().get(0).getId();

    HttpResponse<String> forged = browser.post("/camunda/api/engine/engine/default/task/" + ownTask + "/complete",
        "{\"variables\":{}}", false);

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(tasks.createTaskQuery().taskId(ownTask).count()).isOne();
  }

  @Test
  void cannotReadTheOutboxMoveTheClockOrReadTheDirectory() {
    long before = System.currentTimeMillis();

    var outbox = attacker.get("/api/notifications");
    var travel = attacker.json("POST", "/api/admin/time-travel", "{\"days\": 30}");

    assertThat(outbox.statusCode()).isEqualTo(403);
    assertThat(travel.statusCode()).isEqualTo(403);
    assertThat(attacker.json("POST", "/api/admin/directory/sync", null).statusCode()).isEqualTo(403);
    assertThat(RawClient.anonymous(port).json("POST", "/api/admin/directory/sync", null).statusCode()).isEqualTo(401);
    var noDirectory = RawClient.as(port, "admin", "city-hall-keys").json("POST", "/api/admin/directory/sync", null);
    assertThat(noDirectory.statusCode()).as("an admin, where the engine keeps every password").isEqualTo(404);
    assertThat(noDirectory.body()).contains("לא הוגדר מדריך משתמשים");
    assertThat(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime() - before)
        .as("the engine's clock did not move").isLessThan(60_000);
  }

  @Test
  void cannotExplainAnotherDepartmentsLateTaskOrChangeTheCalendar() {
    var reason = attacker.json("PUT", "/api/tasks/" + schoolsTask.getId() + "/late-reason",
        "{\"reason\":\"נכתב על ידי מחלקה אחרת\"}");
    var calendar = attacker.json("PUT", "/api/cycles/2080/calendar/submitDepartmentAssessment",
        "{\"due\":60,\"reminderBefore\":1,\"escalateAfter\":1,\"escalateToCeoAfter\":1}");

    assertThat(reason.statusCode()).isEqualTo(403);
    assertThat(calendar.statusCode()).isEqualTo(403);
    var late = RawClient.as(port, "noa-barak", "ein-karmit-demo").get("/api/cycles/2080/calendar");
    assertThat(late.body()).doesNotContain("\"due\":60");
  }

  @Test
  void cannotUploadAGoalTreeOrReadAnotherDepartmentsAssessmentThroughTheApi() {
    var upload = attacker.send("POST", "/api/cycles/2080/goals/import", "multipart/form-data; boundary=x",
        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.csv\"\r\n\r\nתחום\r\n--x--\r\n");
    var assessment = attacker.get("/api/cycles/2080/assessments/schools");

    assertThat(upload.statusCode()).isEqualTo(403);
    assertThat(assessment.statusCode()).isEqualTo(403);
    assertThat(RawClient.as(port, "noa-barak", "ein-karmit-demo").get("/api/cycles/2080/goals/versions").body())
        .doesNotContain("\"version\":2");
  }

  @Test
  void cannotReadActuatorInternals() {
    for (String endpoint : new String[] {"/actuator/metrics", "/actuator/env", "/actuator/heapdump",
        "/actuator/configprops", "/actuator/beans"}) {
      assertThat(attacker.get(endpoint).statusCode()).as(endpoint).isEqualTo(403);
    }
    JsonNode health = readTree(RawClient.anonymous(port).get("/actuator/health").body());
    assertThat(health.get("status").asText()).isEqualTo("UP");
    assertThat(health.has("components")).isFalse();
  }

  private JsonNode readTree(String body) {
    try {
      return mapper.readTree(body);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
