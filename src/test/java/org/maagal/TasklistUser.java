package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A demo person working their tasks through the engine's REST API, as Tasklist does for them:
 * finds their tasks, claims one and submits its form's values.
 */
public final class TasklistUser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestRestTemplate rest;
  private final String user;

  public TasklistUser(TestRestTemplate rest, String user) {
    this.rest = rest.withBasicAuth(user, "ein-karmit-demo");
    this.user = user;
  }

  /** The open tasks this person may see, of the given task definition, in the cycle of the year. */
  public List<JsonNode> tasks(String taskDefinitionKey, int year) {
    return tasks(taskDefinitionKey, year, null);
  }

  /** As {@link #tasks(String, int)}, only those offered to the group (e.g. the person's department). */
  public List<JsonNode> tasks(String taskDefinitionKey, int year, String candidateGroup) {
    var body = JSON.createObjectNode().put("taskDefinitionKey", taskDefinitionKey);
    if (candidateGroup != null) {
      body.put("candidateGroup", candidateGroup);
    }
    body.putArray("processVariables").addObject().put("name", "year").put("operator", "eq").put("value", year);
    var found = rest.postForEntity("/engine-rest/task?maxResults=500", entity(body.toString()), JsonNode.class);
    assertThat(found.getStatusCode().value()).as(user + " lists tasks").isEqualTo(200);
    return StreamSupport.stream(found.getBody().spliterator(), false).toList();
  }

  /** The one open task of that kind assigned to this person (a committee member's vote); fails if not exactly one. */
  public String myTask(String taskDefinitionKey, int year) {
    var mine = tasks(taskDefinitionKey, year).stream().filter(task -> user.equals(task.path("assignee").asText()))
        .toList();
    assertThat(mine).as(user + " has one " + taskDefinitionKey).hasSize(1);
    return mine.get(0).get("id").asText();
  }

  /** The one open task of that kind this person sees; fails if there is none or more. */
  public String task(String taskDefinitionKey, int year) {
    var tasks = tasks(taskDefinitionKey, year);
    assertThat(tasks).as(user + " sees one " + taskDefinitionKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** Claims the task (unless it is already theirs) and submits the form's values; answers the submit's response. */
  public ResponseEntity<String> submit(String taskId, Map<String, Object> values) {
    var task = rest.getForEntity("/engine-rest/task/" + taskId, JsonNode.class).getBody();
    if (task != null && task.path("assignee").isNull()) {
      var claim = rest.postForEntity("/engine-rest/task/" + taskId + "/claim", entity("{\"userId\":\"" + user + "\"}"),
          String.class);
      assertThat(claim.getStatusCode().value()).as(user + " claims " + taskId + ": " + claim.getBody()).isEqualTo(204);
    }
    ObjectNode body = JSON.createObjectNode();
    var variables = body.putObject("variables");
    values.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    return rest.postForEntity("/engine-rest/task/" + taskId + "/submit-form", entity(body.toString()), String.class);
  }

  /** As {@link #submit}, and the engine accepted it. */
  public void complete(String taskId, Map<String, Object> values) {
    var response = submit(taskId, values);
    assertThat(response.getStatusCode().value()).as(user + " completes " + taskId + ": " + response.getBody())
        .isIn(200, 204);
  }

  public <T> ResponseEntity<T> get(String path, Class<T> type) {
    return rest.getForEntity(path, type);
  }

  /** A request of the application's API with a JSON body (or none), answered as JSON. */
  public ResponseEntity<JsonNode> send(HttpMethod method, String path, String jsonBody) {
    return rest.exchange(path, method, jsonBody == null ? null : entity(jsonBody), JsonNode.class);
  }

  private static HttpEntity<String> entity(String body) {
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
