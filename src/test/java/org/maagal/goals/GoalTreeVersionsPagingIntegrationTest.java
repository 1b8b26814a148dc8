package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A goal tree revised many times: its versions are read page by page, oldest first, each once. */
@MaagalIntegrationTest
class GoalTreeVersionsPagingIntegrationTest {

  static final int YEAR = 2066;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  GoalTreeVersions versions;

  @Test
  void theVersionsAreReadPageByPageOldestFirst() {
    // written in another order than their numbers
    for (int number : List.of(7, 3, 12, 1, 9, 5, 11, 2, 8, 4, 10, 6)) {
      versions.save(new GoalTreeVersion(YEAR, number, "גרסה " + number, "paging-test",
          Instant.parse("2066-01-01T08:00:00Z").plusSeconds(number), List.of(), null));
    }
    String path = "/api/cycles/" + YEAR + "/goals/versions";

    var walk = PagedList.walk(rest, "yael-dror", path, 5);
    var pastTheEnd = PagedList.page(rest, "yael-dror", path, 3, 5);

    assertThat(walk.total()).isEqualTo(12);
    assertThat(walk.pages()).isEqualTo(3);
    assertThat(walk.items().stream().map(version -> version.get("version").asInt()).toList())
        .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).boxed().toList());
    assertThat(pastTheEnd.get("items")).isEmpty();
    assertThat(pastTheEnd.get("total").asLong()).isEqualTo(12);
  }

  @Test
  void aCycleWithoutATreeIsNotFoundAndBadPagingParametersAreRefused() {
    // 2101: past the last year a cycle may have, so no other class's cycle gave it a tree
    var none = rest.withBasicAuth("yael-dror", "ein-karmit-demo").getForEntity("/api/cycles/2101/goals/versions",
        JsonNode.class);

    assertThat(none.getStatusCode().value()).isEqualTo(404);
    PagedList.assertRefused(rest.withBasicAuth("yael-dror", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/goals/versions?size=abc", JsonNode.class), "size");
  }
}
