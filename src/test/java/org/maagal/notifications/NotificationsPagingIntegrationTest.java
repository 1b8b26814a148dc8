package org.maagal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The outbox grows with every round of the deadline watch: it is read page by page, newest first,
 * messages of the same instant by id, newest first, and no page repeats or skips a message.
 */
@MaagalIntegrationTest
class NotificationsPagingIntegrationTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Notifications notifications;

  @Test
  void theOutboxIsReadPageByPageNewestFirstEachMessageOnce() {
    var base = Instant.parse("2063-03-01T08:00:00Z");
    var written = new ArrayList<Long>();
    for (int i = 0; i < 130; i++) {
      // three messages share each instant, and they are written out of time order
      var at = base.plus((i * 17) % 43, ChronoUnit.MINUTES);
      written.add(notifications.save(new Notification("PAGING|" + i + "|" + at, Notification.Kind.ESCALATION,
          "paging-test-" + i, null, "הודעה " + i, "גוף", null, at)).id());
    }

    var walk = PagedList.walk(rest, "noa-barak", "/api/notifications", 40);

    var ids = walk.items().stream().map(item -> item.get("id").asLong()).toList();
    assertThat(walk.total()).isEqualTo(notifications.count());
    assertThat(walk.pages()).isGreaterThanOrEqualTo(4);
    assertThat(new HashSet<>(ids)).as("no message twice").hasSize(ids.size());
    assertThat(ids).containsAll(written);
    assertThat(walk.items()).isSortedAccordingTo(Comparator
        .comparing((JsonNode item) -> Instant.parse(item.get("createdAt").asText())).reversed()
        .thenComparing(item -> item.get("id").asLong(), Comparator.reverseOrder()));
  }

  @Test
  void withoutPagingParametersTheFirstFiftyComeAndBadOnesAreRefused() {
    var first = PagedList.firstPage(rest, "noa-barak", "/api/notifications");

    assertThat(first.get("page").asInt()).isZero();
    assertThat(first.get("size").asInt()).isEqualTo(50);
    assertThat(first.get("items").size()).isEqualTo((int) Math.min(50, notifications.count()));
    PagedList.assertRefused(rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/notifications?size=0", JsonNode.class), "size");
  }
}
