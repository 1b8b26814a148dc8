package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Hostile requests: nobody logged in, every family of API. None is served. */
@MaagalIntegrationTest
class UnauthenticatedAccessIntegrationTest {

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;

  @ParameterizedTest(name = "GET {0}")
  @ValueSource(strings = {
      "/api/cycles",
      "/api/cycles/2027",
      "/api/cycles/2027/goals",
      "/api/cycles/2027/assessments",
      "/api/cycles/2027/late-tasks",
      "/api/notifications",
      "/goals/",
      "/work-plans/",
      "/measurement/",
      "/review/",
      "/review/review.js",
      "/api/cycles/2027/review",
      "/api/cycles/2027/publications",
      "/publication/preview/1",
      "/meetings/",
      "/budget/",
      "/budget/budget.js",
      "/organization/",
      "/organization/organization.js",
      "/api/admin/organization/export.xlsx",
      "/api/cycles/2027/budget",
      "/api/meetings?year=2027",
      "/api/meetings/1",
      "/dashboard",
      "/dashboard/",
      "/dashboard/late.csv",
      "/dashboard/departments/youth",
      "/dashboard/dashboard.js",
      "/v3/api-docs",
      "/swagger-ui/index.html",
      "/actuator/metrics",
      "/actuator/env",
      "/engine-rest/task",
      "/engine-rest/user",
      "/engine-rest/process-instance",
      "/engine-rest/deployment",
      "/engine-rest/authorization",
      "/engine-rest/filter",
      "/engine-rest/history/variable-instance",
      "/camunda/api/engine/engine/default/task",
      "/camunda/api/engine/engine/default/user",
      "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
      "/camunda/api/admin/plugin/adminPlugins/default/metrics"})
  void isRefusedWithoutLogin(String path) {
    var response = RawClient.anonymous(port).get(path);

    assertThat(response.statusCode()).isIn(401, 403);
    RawClient.assertFreeOfInternals(response);
  }

  /** The public site's paths, bent towards what is behind the login: none leads there. */
  @ParameterizedTest(name = "GET {0}")
  @ValueSource(strings = {
      "/public/%2e%2e/api/cycles",
      "/public/..%2fapi/cycles",
      "/public/2027/..;/..;/api/cycles",
      "/public//api/cycles",
      "/public/2027/%2e%2e/%2e%2e/publication/preview/1",
      "/public/2027/plan.csv/../../../engine-rest/task"})
  void thePublicSiteLeadsNowhereBehindTheLogin(String path) {
    var response = RawClient.anonymous(port).get(path);

    assertThat(response.statusCode()).isIn(400, 401, 403, 404);
    assertThat(response.body()).doesNotContain("\"year\"").doesNotContain("taskDefinitionKey");
    RawClient.assertFreeOfInternals(response);
  }

  @Test
  void aUserCannotBeCreatedWithoutLogin() {
    var engine = RawClient.anonymous(port).json("POST", "/engine-rest/user/create",
        "{\"profile\":{\"id\":\"anonymous-intruder\"},\"credentials\":{\"password\":\"x\"}}");
    var webapp = RawClient.anonymous(port).json("POST", "/camunda/api/engine/engine/default/user/create",
        "{\"profile\":{\"id\":\"anonymous-intruder\"},\"credentials\":{\"password\":\"x\"}}");

    assertThat(engine.statusCode()).isEqualTo(401);
    assertThat(webapp.statusCode()).isIn(401, 403);
    assertThat(identity.createUserQuery().userId("anonymous-intruder").count()).isZero();
  }

  @Test
  void aWrongPasswordIsNoLogin() {
    assertThat(RawClient.as(port, "lior-sagi", "wrong").get("/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(RawClient.as(port, "no-such-user", "ein-karmit-demo").get("/api/cycles").statusCode()).isEqualTo(401);
  }
}
