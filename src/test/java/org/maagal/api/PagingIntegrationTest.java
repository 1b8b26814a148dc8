package org.maagal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * One contract for every list that grows: {@code ?page=&size=} in, {@code {items, page, size, total}}
 * out, a bad value refused with 400 rather than clamped, and both parameters in the OpenAPI description.
 */
@MaagalIntegrationTest
class PagingIntegrationTest {

  static final List<String> PAGED = List.of("/api/notifications", "/api/cycles/{year}/late-tasks",
      "/api/cycles/{year}/goals/votes", "/api/cycles/{year}/goals/decisions", "/api/cycles/{year}/goals/versions",
      "/api/cycles/{year}/assessments", "/api/cycles/{year}/assessments/{departmentId}");

  static final Pattern PATH_VARIABLE = Pattern.compile("\\{(\\w+)}");

  static final List<String> BAD_PAGES = List.of("page=-1", "page=abc", "page=1.5", "page=", "page=1000001",
      "page=99999999999", "page=1&page=2", "page=0x10");
  static final List<String> BAD_SIZES = List.of("size=0", "size=501", "size=-1", "size=abc", "size=", "size=1e2",
      "size=10&size=20");

  @Autowired
  TestRestTemplate rest;

  @Test
  void everyPagedListRefusesABadPageOrSizeWithAHebrewProblem() {
    for (String template : PAGED) {
      String path = template.replace("{year}", "2069").replace("{departmentId}", "schools");
      for (String query : BAD_PAGES) {
        PagedList.assertRefused(get(path + "?" + query), "page");
      }
      for (String query : BAD_SIZES) {
        PagedList.assertRefused(get(path + "?" + query), "size");
      }
    }
  }

  @Test
  void theLargestPageAndSizeAreAnsweredWithAnEmptyPage() {
    var farAway = get("/api/notifications?page=1000000&size=500");

    assertThat(farAway.getStatusCode().value()).isEqualTo(200);
    assertThat(farAway.getBody().get("items")).isEmpty();
    assertThat(farAway.getBody().get("page").asInt()).isEqualTo(1_000_000);
    assertThat(farAway.getBody().get("size").asInt()).isEqualTo(500);
  }

  @Test
  void theOpenApiDescriptionDescribesPageAndSizeOfEveryPagedList() {
    var description = rest.withBasicAuth("yael-dror", "ein-karmit-demo").getForEntity("/v3/api-docs", JsonNode.class).getBody();

    for (String path : PAGED) {
      var operation = description.at("/paths/" + path.replace("/", "~1") + "/get");
      assertThat(operation.isMissingNode()).as(path).isFalse();
      var names = new ArrayList<String>();
      operation.get("parameters").forEach(parameter -> names.add(parameter.get("name").asText()));
      var expected = new ArrayList<>(List.of("page", "size"));
      PATH_VARIABLE.matcher(path).results().forEach(variable -> expected.add(variable.group(1)));
      assertThat(names).as(path + ": its path variables, page and size, nothing else")
          .containsExactlyInAnyOrderElementsOf(expected);
      var page = parameter(operation, "page");
      var size = parameter(operation, "size");
      assertThat(page.get("in").asText()).isEqualTo("query");
      assertThat(page.at("/schema/minimum").asInt()).isZero();
      assertThat(page.at("/schema/maximum").asInt()).isEqualTo(1_000_000);
      assertThat(page.at("/schema/default").asInt()).isZero();
      assertThat(size.get("in").asText()).isEqualTo("query");
      assertThat(size.at("/schema/minimum").asInt()).isEqualTo(1);
      assertThat(size.at("/schema/maximum").asInt()).isEqualTo(500);
      assertThat(size.at("/schema/default").asInt()).isEqualTo(50);
      assertThat(operation.get("description").asText()).as(path + " documents its order").startsWith("Paged.");
      String schema = operation.at("/responses/200/content/*~1*/schema/$ref").asText();
      assertThat(schema).as(path).startsWith("#/components/schemas/PageOf");
      var frame = description.at("/components/schemas/" + schema.substring(schema.lastIndexOf('/') + 1)
          + "/properties");
      assertThat(frame.has("items") && frame.has("page") && frame.has("size") && frame.has("total")).as(path).isTrue();
    }
  }

  private ResponseEntity<JsonNode> get(String pathAndQuery) {
    return rest.withBasicAuth("noa-barak", "ein-karmit-demo").getForEntity(pathAndQuery, JsonNode.class);
  }

  private static JsonNode parameter(JsonNode operation, String name) {
    for (JsonNode parameter : operation.get("parameters")) {
      if (parameter.get("name").asText().equals(name)) {
        return parameter;
      }
    }
    throw new AssertionError("no parameter " + name + " in " + operation);
  }
}
