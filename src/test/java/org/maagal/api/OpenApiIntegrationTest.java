package org.maagal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The OpenAPI description is where other municipal systems learn the API: every feature is in it. */
@MaagalIntegrationTest
class OpenApiIntegrationTest {

  @Autowired
  TestRestTemplate rest;

  @Test
  void describesEveryFeaturesEndpoints() {
    var description = rest.withBasicAuth("yael-dror", "ein-karmit-demo").getForEntity("/v3/api-docs", JsonNode.class).getBody();
    var paths = new ArrayList<String>();
    description.get("paths").fieldNames().forEachRemaining(paths::add);

    assertThat(paths).contains("/api/cycles", "/api/cycles/{year}", "/api/cycles/{year}/goals",
        "/api/cycles/{year}/goals/import", "/api/cycles/{year}/goals/export.xlsx", "/api/cycles/{year}/goals/export.csv",
        "/api/cycles/{year}/goals/template.xlsx",
        "/api/cycles/{year}/goals/versions", "/api/cycles/{year}/goals/diff", "/api/cycles/{year}/goals/votes",
        "/api/cycles/{year}/assessments",
        "/api/cycles/{year}/assessments/{departmentId}", "/api/cycles/{year}/calendar",
        "/api/cycles/{year}/late-tasks", "/api/notifications", "/api/tasks/{taskId}/late-reason",
        "/api/cycles/{year}/budget", "/api/cycles/{year}/budget/import", "/api/cycles/{year}/budget/template.xlsx");
    assertThat(paths).allMatch(path -> path.startsWith("/api/"));
  }
}
