package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Reads a paged list of the API ({@code {"items", "page", "size", "total"}}) as a client does, page
 * after page until the total is reached, checking every page's frame on the way.
 */
public final class PagedList {

  /** Every item of the walk in the order read, the total the pages announced, and how many pages it took. */
  public record Walk(List<JsonNode> items, long total, int pages) {
  }

  private PagedList() {
  }

  public static Walk walk(TestRestTemplate rest, String user, String path, int size) {
    var items = new ArrayList<JsonNode>();
    Long total = null;
    int page = 0;
    while (total == null || items.size() < total) {
      JsonNode answer = page(rest, user, path, page, size);
      assertThat(answer.get("page").asInt()).isEqualTo(page);
      assertThat(answer.get("size").asInt()).isEqualTo(size);
      long announced = answer.get("total").asLong();
      assertThat(total == null ? announced : total).as("the total is the same on every page").isEqualTo(announced);
      total = announced;
      var pageItems = answer.get("items");
      if (items.size() + size < total) {
        assertThat(pageItems).as("page %d of %s is full", page, path).hasSize(size);
      } else {
        assertThat(pageItems).as("the last page of %s holds the rest", path).hasSize((int) (total - items.size()));
      }
      pageItems.forEach(items::add);
      page++;
    }
    return new Walk(items, total, page);
  }

  public static JsonNode page(TestRestTemplate rest, String user, String path, int page, int size) {
    String url = path + (path.contains("?") ? "&" : "?") + "page=" + page + "&size=" + size;
    return ok(rest.withBasicAuth(user, "ein-karmit-demo").getForEntity(url, JsonNode.class), url);
  }

  /** The list's first page as a client that names no page reads it. */
  public static JsonNode firstPage(TestRestTemplate rest, String user, String path) {
    return ok(rest.withBasicAuth(user, "ein-karmit-demo").getForEntity(path, JsonNode.class), path);
  }

  /** The refusal of a bad page or size: 400, a problem detail in Hebrew that names the parameter. */
  public static void assertRefused(ResponseEntity<JsonNode> answer, String parameter) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType()).isNotNull()
        .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    assertThat(answer.getBody().get("parameter").asText()).isEqualTo(parameter);
    assertThat(answer.getBody().get("detail").asText()).contains("(" + parameter + ")").containsPattern("[א-ת]");
  }

  private static JsonNode ok(ResponseEntity<JsonNode> answer, String url) {
    assertThat(answer.getStatusCode()).as(url + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }
}
