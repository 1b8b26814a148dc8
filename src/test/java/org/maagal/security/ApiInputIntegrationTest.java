package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.security.RawClient.assertProblem;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile bodies: too large, too deep, malformed, of the wrong type, and an engine error provoked
 * on purpose. Each is answered with a problem detail free of internals, and nothing is stored.
 */
@MaagalIntegrationTest
class ApiInputIntegrationTest {

  static final int CYCLE_YEAR = 2085;

  @LocalServerPort
  int port;
  @Autowired
  RuntimeService runtime;

  @Test
  void anOversizedBodyIsRefusedUnread() {
    String padding = "x".repeat(RequestBodyLimit.MAX_BYTES);

    var response = strategyUnit().json("POST", "/api/cycles",
        "{\"year\":" + CYCLE_YEAR + ",\"padding\":\"" + padding + "\"}");

    assertProblem(response, 413);
    assertNoCycleStored();
  }

  @Test
  void anOversizedBodyToTheEngineIsRefused() {
    var response = strategyUnit().json("POST", "/engine-rest/task",
        "{\"nameLike\":\"" + "x".repeat(RequestBodyLimit.MAX_BYTES) + "\"}");

    assertProblem(response, 413);
  }

  @Test
  void aDeeplyNestedBodyIsRefused() {
    String deep = "[".repeat(5000) + "]".repeat(5000);

    assertProblem(strategyUnit().json("POST", "/api/cycles", "{\"year\":" + CYCLE_YEAR + ",\"x\":" + deep + "}"),
        400);
    assertProblem(strategyUnit().json("POST", "/engine-rest/task", "{\"x\":" + deep + "}"), 400);
    assertNoCycleStored();
  }

  @Test
  void aFormTextLongerThanTheEngineKeepsIsRefusedInHebrew() {
    String body = "{\"variables\":{\"state\":{\"value\":\"" + "מצב המחלקה. ".repeat(400) + "\"}}}";

    for (String path : new String[] {"/engine-rest/task/any/submit-form",
        "/camunda/api/engine/engine/default/task/any/submit-form"}) {
      var response = strategyUnit().json("POST", path, body);
      assertProblem(response, 400);
      assertThat(response.body()).as(path).contains("טקסט ארוך מדי", "4,000");
    }
  }

  @Test
  void malformedJsonIsRefused() {
    assertProblem(strategyUnit().json("POST", "/api/cycles", "{\"year\": 20"), 400);
    assertNoCycleStored();
  }

  @Test
  void anXmlBodyWithAnExternalEntityIsNotRead() {
    var response = strategyUnit().send("POST", "/api/cycles", "application/xml",
        "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY y SYSTEM \"file:///etc/passwd\">]><c><year>&y;</year></c>");

    assertProblem(response, 415);
    assertThat(response.body()).doesNotContain("root:");
  }

  @Test
  void anUnknownAddressAnswersAProblemWithoutInternals() {
    assertProblem(strategyUnit().get("/api/no-such-thing"), 404);
  }

  @Test
  void anEngineServerErrorReachesTheCallerWithoutTheEnginesMessage() {
    strategyUnit().json("POST", "/api/cycles", "{\"year\":2087}");
    String cycle = runtime.createProcessInstanceQuery().processInstanceBusinessKey("cycle-2087")
        .processDefinitionKey("annual-planning-cycle").singleResult().getId();
    // a value the engine cannot read back: asking for it is a server error inside the engine
    runtime.setVariable(cycle, "unreadable", Variables.serializedObjectValue("{\"a\":1}")
        .objectTypeName("no.such.Type").serializationDataFormat("application/json").create());
    String path = "/engine-rest/process-instance/" + cycle + "/variables/unreadable";

    var strategyUnit = strategyUnit().get(path);
    var admin = RawClient.as(port, "admin", "city-hall-keys").get(path);

    assertProblem(strategyUnit, 500);
    assertThat(strategyUnit.body()).doesNotContain("no.such.Type", "SPIN", "deserialize");
    assertThat(admin.statusCode()).isEqualTo(500);
    assertThat(admin.body()).as("an admin reads the engine's own message").contains("no.such.Type");
  }

  private void assertNoCycleStored() {
    assertThat(strategyUnit().get("/api/cycles/" + CYCLE_YEAR).statusCode()).isEqualTo(404);
  }

  private RawClient strategyUnit() {
    return RawClient.as(port, "eyal-friedman", "ein-karmit-demo");
  }
}
