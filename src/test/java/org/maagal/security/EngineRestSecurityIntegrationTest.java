package org.maagal.security;

import org.maagal.AsyncContinuations;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The engine's REST API as the demo people meet it: a login is needed, a department works only on
 * its own tasks and process instances, the strategy unit reads all, and only admins deploy.
 */
@MaagalIntegrationTest
class EngineRestSecurityIntegrationTest {

  static final String SCHOOLS_MANAGER = "yael-dror";
  static final String EARLY_CHILDHOOD_MANAGER = "hila-carmeli";
  static final String STRATEGY_UNIT = "noa-barak";
  static final String PASSWORD = "ein-karmit-demo";

  private final ObjectMapper mapper = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  RepositoryService repository;
  @Autowired
  IdentityService identity;

  @BeforeEach
  void cycleIsRunning() {
    var started = as(STRATEGY_UNIT).postForEntity("/api/cycles", json("{\"year\": 2040}"), String.class);
    AsyncContinuations.runAll(management);
    assertThat(started.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
  }

  @Test
  void withoutLoginTheEngineAnswers401() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // another account: the engine delays a user's next login after a wrong password
    assertThat(rest.withBasicAuth("lior-sagi", "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void departmentManagerSeesOnlyTheirDepartmentsTasks() {
    var response = as(SCHOOLS_MANAGER).getForEntity("/engine-rest/task?firstResult=0&maxResults=1000", JsonNode.class);
    var ofThisYear = as(SCHOOLS_MANAGER).postForEntity("/engine-rest/task?firstResult=0&maxResults=100",
        json("{\"processVariables\":[{\"name\":\"year\",\"operator\":\"eq\",\"value\":2040}]}"), JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    // every task she sees is offered to one of her groups or assigned to her (other classes' cycles share the engine)
    var hers = identity.createGroupQuery().groupMember(SCHOOLS_MANAGER).list().stream().map(Group::getId).toList();
    assertThat(response.getBody()).isNotEmpty().allSatisfy(task -> assertThat(
        SCHOOLS_MANAGER.equals(task.path("assignee").asText()) || tasks.getIdentityLinksForTask(task.get("id").asText())
            .stream().anyMatch(link -> hers.contains(link.getGroupId()))).as(task.get("name").asText()).isTrue());
    // of this class's cycle: her department's assessment and work plan, and her working team's channel picture
    assertThat(ofThisYear.getBody()).isNotEmpty().allSatisfy(task -> assertThat(task.get("name").asText())
        .isIn("הערכת מצב: מחלקת בתי ספר", "תכנית עבודה: מחלקת בתי ספר", "תמונת מצב ומחוון: צוות עבודה חינוכי"));
  }

  @Test
  void departmentManagerCannotReadOrCompleteAnotherDepartmentsTask() {
    String schoolsTask = taskOfGroup("dept-schools");

    assertThat(as(EARLY_CHILDHOOD_MANAGER).getForEntity("/engine-rest/task/" + schoolsTask, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    var completion = as(EARLY_CHILDHOOD_MANAGER).postForEntity("/engine-rest/task/" + schoolsTask + "/complete",
        json("{\"variables\":{}}"), String.class);
    assertThat(completion.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks.createTaskQuery().taskId(schoolsTask).count()).isEqualTo(1);
  }

  @Test
  void strategyUnitReadsEveryDepartmentsTask() {
    String schoolsTask = taskOfGroup("dept-schools");

    assertThat(as(STRATEGY_UNIT).getForEntity("/engine-rest/task/" + schoolsTask, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    var all = as(STRATEGY_UNIT).getForEntity("/engine-rest/task/count", JsonNode.class).getBody();
    assertThat(all.get("count").asLong()).isEqualTo(tasks.createTaskQuery().count());
  }

  @Test
  void departmentManagerSeesOnlyTheirDepartmentsProcessInstances() {
    var instances = as(SCHOOLS_MANAGER).getForEntity("/engine-rest/process-instance?firstResult=0&maxResults=100", JsonNode.class).getBody();

    assertThat(instances).isNotEmpty().allSatisfy(instance -> {
      String id = instance.get("id").asText();
      var variable = as(STRATEGY_UNIT)
          .getForEntity("/engine-rest/process-instance/" + id + "/variables/departmentId", JsonNode.class).getBody();
      assertThat(variable.get("value").asText()).isEqualTo("schools");
    });
    var strategyCount = as(STRATEGY_UNIT).getForEntity("/engine-rest/process-instance/count", JsonNode.class);
    assertThat(strategyCount.getBody().get("count").asInt()).isGreaterThan(instances.size());
  }

  @Test
  void departmentManagerCannotDeploy() {
    long deploymentsBefore = repository.createDeploymentQuery().count();
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "intruder");
    body.add("data", new ByteArrayResource(("<?xml version=\"1.0\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "targetNamespace=\"x\"><process id=\"intruder\" isExecutable=\"true\"/></definitions>").getBytes()) {
      @Override
      public String getFilename() {
        return "intruder.bpmn";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);

    var response = as(SCHOOLS_MANAGER).postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
  }

  @Test
  void anUnboundedOrTooLongListIsRefusedAndAPageIsServed() {
    var client = RawClient.as(port, SCHOOLS_MANAGER, PASSWORD);
    String refusal = String.format(Locale.ROOT, EngineErrorMasking.QUERY_LIMIT, 2000);

    for (var refused : List.of(client.get("/engine-rest/task"), client.json("POST", "/engine-rest/task", "{}"),
        client.get("/engine-rest/task?maxResults=2001"), client.get("/engine-rest/history/process-instance"),
        client.get("/engine-rest/filter"),
        // the admin too: the limit is for every logged-in caller
        RawClient.as(port, "admin", "city-hall-keys").get("/engine-rest/task"))) {
      RawClient.assertProblem(refused, 400);
      assertThat(refused.body()).contains(refusal).contains("2,000");
    }
    assertThat(client.get("/engine-rest/task?firstResult=0&maxResults=2000").statusCode()).isEqualTo(200);
    assertThat(client.get("/engine-rest/task/count").statusCode()).isEqualTo(200);
    // the engine's other refusals stay its own
    var unknownSorting = client.get("/engine-rest/task?maxResults=10&sortBy=nonsense&sortOrder=asc");
    assertThat(unknownSorting.statusCode()).isEqualTo(400);
    assertThat(unknownSorting.body()).contains("\"type\"").doesNotContain(refusal);
  }

  @Test
  void tasklistsPagedQueriesAndTheDashboardStillWork() throws Exception {
    var tasklist = new WebappSession(port);
    assertThat(tasklist.login(STRATEGY_UNIT, PASSWORD, "tasklist")).isEqualTo(200);
    // what Tasklist asks, as it asks it: the filters 2,000 at a time, then a filter's first 15 tasks
    var filters = tasklist.open("/camunda/api/engine/engine/default/filter?firstResult=0&maxResults=2000"
        + "&itemCount=false&resourceType=Task");
    assertThat(filters.statusCode()).as(filters.body()).isEqualTo(200);
    var shared = mapper.readTree(filters.body());
    assertThat(shared).isNotEmpty();
    var page = tasklist.send("POST", "/camunda/api/engine/engine/default/filter/" + shared.get(0).get("id").asText()
        + "/list?firstResult=0&maxResults=15", "{}", tasklist.csrfToken());
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    assertThat(mapper.readTree(page.body()).isArray()).isTrue();

    var dashboard = tasklist.open("/dashboard/");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.body()).contains("<main");
  }

  @Test
  void aChangeWithBasicCredentialsFromAnotherSiteIsRefusedAndChangesNothing() throws Exception {
    String schoolsTask = taskOfGroup("dept-schools");
    var manager = RawClient.as(port, SCHOOLS_MANAGER, PASSWORD);
    var admin = RawClient.as(port, "admin", "city-hall-keys");
    String instance = tasks.createTaskQuery().taskId(schoolsTask).singleResult().getProcessInstanceId();
    assertThat(RawClient.as(port, STRATEGY_UNIT, PASSWORD).get("/api/cycles/2084").statusCode()).isEqualTo(404);
    var anotherSite = List.of(Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Sec-Fetch-Site", "same-site"),
        Map.of("Origin", "https://evil.example"), Map.of("Origin", "null"),
        Map.of("Origin", "http://localhost:" + (port + 1)), Map.of("Origin", "https://localhost:" + port),
        Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"));

    for (var headers : anotherSite) {
      assertRefusedAsCrossSite(manager.withHeaders(headers).json("POST", "/engine-rest/task/" + schoolsTask
          + "/complete", "{\"variables\":{}}"), headers);
      assertRefusedAsCrossSite(manager.withHeaders(headers).json("PUT", "/engine-rest/task/" + schoolsTask
          + "/variables/comment", "{\"value\":\"forged\",\"type\":\"String\"}"), headers);
      assertRefusedAsCrossSite(admin.withHeaders(headers).send("DELETE", "/engine-rest/process-instance/" + instance,
          null, null), headers);
      assertRefusedAsCrossSite(admin.withHeaders(headers).json("PATCH", "/api/cycles/2040", "{}"), headers);
      assertRefusedAsCrossSite(RawClient.as(port, STRATEGY_UNIT, PASSWORD).withHeaders(headers)
          .json("POST", "/api/cycles", "{\"year\": 2084}"), headers);
    }

    assertThat(tasks.createTaskQuery().taskId(schoolsTask).count()).isOne();
    assertThat(tasks.getVariable(schoolsTask, "comment")).isNull();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isOne();
    assertThat(RawClient.as(port, STRATEGY_UNIT, PASSWORD).get("/api/cycles/2084").statusCode()).isEqualTo(404);
  }

  @Test
  void scriptsThisSitesOwnPagesAndReadsFromAnotherSitePass() {
    var manager = RawClient.as(port, SCHOOLS_MANAGER, PASSWORD);
    var ownOrigin = Map.of("Origin", manager.origin(), "Sec-Fetch-Site", "same-origin");

    // a script or another system: no Origin, no Sec-Fetch-* headers
    assertThat(manager.json("POST", "/engine-rest/task?maxResults=15", "{}").statusCode()).isEqualTo(200);
    assertThat(manager.json("POST", "/api/cycles", "{\"year\": 2089}").statusCode()).isEqualTo(403);
    // a page of this site
    assertThat(manager.withHeaders(ownOrigin).json("POST", "/engine-rest/task?maxResults=15", "{}").statusCode())
        .isEqualTo(200);
    assertThat(manager.withHeaders(Map.of("Sec-Fetch-Site", "none")).json("POST", "/engine-rest/task?maxResults=15",
        "{}").statusCode()).isEqualTo(200);
    // a read from another site changes nothing, and the browser keeps its answer from that site's script
    assertThat(manager.withHeaders(Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"))
        .get("/engine-rest/task/count").statusCode()).isEqualTo(200);
  }

  private static void assertRefusedAsCrossSite(HttpResponse<String> response, Map<String, String> headers) {
    RawClient.assertProblem(response, 403);
    assertThat(response.body()).as("%s", headers).contains(CrossSiteBasicRefusal.REFUSED);
  }

  private String taskOfGroup(String groupId) {
    List<org.camunda.bpm.engine.task.Task> found = tasks.createTaskQuery().taskCandidateGroup(groupId).list();
    assertThat(found).isNotEmpty();
    return found.get(0).getId();
  }

  private TestRestTemplate as(String userId) {
    return rest.withBasicAuth(userId, PASSWORD);
  }
}
