package org.maagal.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@MaagalIntegrationTest
class CycleApiIntegrationTest {

  static final String STRATEGY_UNIT = "eyal-friedman";
  static final String DEPARTMENT_MANAGER = "yael-dror";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Cycles cycles;
  @Autowired
  RuntimeService runtime;

  @Test
  void strategyUnitStartsTheCycleOfAYear() {
    var response = post(STRATEGY_UNIT, "{\"year\": 2051}");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(response.getHeaders().getLocation()).hasPath("/api/cycles/2051");
    JsonNode body = response.getBody();
    assertThat(body.get("id").asLong()).isPositive();
    assertThat(body.get("businessKey").asText()).isEqualTo("cycle-2051");
    assertThat(body.get("phase").asText()).isEqualTo("SITUATION_ASSESSMENT");
    var instance = runtime.createProcessInstanceQuery()
        .processInstanceId(body.get("processInstanceId").asText()).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo("cycle-2051");
    assertThat(runtime.getVariable(instance.getId(), "cycleId")).isEqualTo(body.get("id").asLong());
  }

  @Test
  void anyLoggedInUserReadsACycle() {
    post(STRATEGY_UNIT, "{\"year\": 2052}");

    var response = rest.withBasicAuth(DEPARTMENT_MANAGER, "ein-karmit-demo").getForEntity("/api/cycles/2052", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("year").asInt()).isEqualTo(2052);
    assertThat(response.getBody().get("phaseName").asText()).isEqualTo("הערכת מצב");
  }

  @Test
  void theSameYearTwiceIsAConflictAndStartsNothing() {
    post(STRATEGY_UNIT, "{\"year\": 2053}");
    long instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2053").count();

    var second = post(STRATEGY_UNIT, "{\"year\": 2053}");

    assertProblem(second, HttpStatus.CONFLICT);
    assertThat(second.getBody().get("detail").asText()).contains("2053");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2053").count())
        .isEqualTo(instances);
  }

  @Test
  void badInputIsRefusedWithAProblemDetailAndNothingIsStored() {
    long before = cycles.count();

    assertProblem(post(STRATEGY_UNIT, "{\"year\": 1999}"), HttpStatus.BAD_REQUEST);
    assertProblem(post(STRATEGY_UNIT, "{\"year\": 2101}"), HttpStatus.BAD_REQUEST);
    assertProblem(post(STRATEGY_UNIT, "{}"), HttpStatus.BAD_REQUEST);
    assertProblem(post(STRATEGY_UNIT, "{\"year\": \"next\"}"), HttpStatus.BAD_REQUEST);
    assertProblem(post(STRATEGY_UNIT, "{\"year\": 20"), HttpStatus.BAD_REQUEST);
    assertProblem(post(STRATEGY_UNIT, "not json"), HttpStatus.BAD_REQUEST);

    assertThat(cycles.count()).isEqualTo(before);
  }

  @Test
  void missingFieldNamesTheField() {
    var response = post(STRATEGY_UNIT, "{}");

    assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo("year");
  }

  @Test
  void withoutLoginTheApiAnswers401() {
    var response = rest.exchange("/api/cycles", HttpMethod.POST, json("{\"year\": 2054}"), JsonNode.class);

    assertProblem(response, HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertProblem(rest.getForEntity("/api/cycles/2054", JsonNode.class), HttpStatus.UNAUTHORIZED);
    assertThat(cycles.findByYear(2054)).isEmpty();
  }

  @Test
  void aDepartmentManagerCannotStartACycle() {
    assertProblem(post(DEPARTMENT_MANAGER, "{\"year\": 2055}"), HttpStatus.FORBIDDEN);
    assertThat(cycles.findByYear(2055)).isEmpty();
  }

  @Test
  void anUnknownYearIsNotFound() {
    var response = rest.withBasicAuth(DEPARTMENT_MANAGER, "ein-karmit-demo").getForEntity("/api/cycles/2099", JsonNode.class);

    assertProblem(response, HttpStatus.NOT_FOUND);
    assertProblem(rest.withBasicAuth(DEPARTMENT_MANAGER, "ein-karmit-demo").getForEntity("/api/cycles/soon", JsonNode.class),
        HttpStatus.BAD_REQUEST);
  }

  @Test
  void errorsNeverCarryAStackTrace() {
    var response = rest.withBasicAuth(STRATEGY_UNIT, "ein-karmit-demo")
        .exchange("/api/cycles", HttpMethod.POST, json("{\"year\": [1,2,3]}"), String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).doesNotContain("Exception", "at org.", "at java.", "jackson");
  }

  private ResponseEntity<JsonNode> post(String user, String body) {
    return rest.withBasicAuth(user, "ein-karmit-demo").exchange("/api/cycles", HttpMethod.POST, json(body), JsonNode.class);
  }

  private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody().get("status").asInt()).isEqualTo(status.value());
    assertThat(response.getBody().get("detail").asText()).isNotBlank();
  }
}
