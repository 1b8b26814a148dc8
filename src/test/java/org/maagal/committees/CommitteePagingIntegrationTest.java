package org.maagal.committees;

import org.maagal.meetings.Choice;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A cycle with many rounds of votes and many steering decisions, read page by page: votes by
 * version, round, time cast and id; decisions by time decided and id; each exactly once.
 */
@MaagalIntegrationTest
class CommitteePagingIntegrationTest {

  static final int YEAR = 2064;
  static final Instant BASE = Instant.parse("2064-02-01T08:00:00Z");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Votes votes;
  @Autowired
  SteeringDecisions decisions;

  @Test
  void theVotesOfEveryRoundAreReadPageByPageInBallotOrder() {
    record Cast(long id, int version, int round, Instant at, String member) {
    }
    var cast = new ArrayList<Cast>();
    // the later ballots are written first; in each ballot three members vote at each minute
    for (int version = 3; version >= 1; version--) {
      for (int round = version == 3 ? 1 : 2; round >= 1; round--) {
        for (int member = 0; member < 9; member++) {
          var at = BASE.plus(Duration.ofDays(version * 10L + round)).plusSeconds(60L * (2 - member % 3));
          var ballot = new Ballot("design", YEAR, version, round);
          long id = votes.save(new Vote(ballot, "member-" + member, Choice.FOR, null, at)).id();
          cast.add(new Cast(id, version, round, at, "member-" + member));
        }
      }
    }
    var expected = cast.stream().sorted(Comparator.comparingInt(Cast::version).thenComparingInt(Cast::round)
        .thenComparing(Cast::at).thenComparingLong(Cast::id)).map(c -> key(c.version(), c.round(), c.member()))
        .toList();

    var walk = PagedList.walk(rest, "yael-dror", "/api/cycles/" + YEAR + "/goals/votes", 7);

    assertThat(walk.total()).isEqualTo(45);
    assertThat(walk.pages()).isEqualTo(7);
    assertThat(walk.items().stream().map(vote -> key(vote.get("version").asInt(), vote.get("round").asInt(),
        vote.get("memberId").asText())).toList()).containsExactlyElementsOf(expected);
  }

  @Test
  void theSteeringDecisionsAreReadPageByPageOldestFirst() {
    record Decided(long id, Instant at, String comments) {
    }
    var decided = new ArrayList<Decided>();
    for (int i = 0; i < 12; i++) {
      // written out of time order, two decisions at each moment
      var at = BASE.plus(Duration.ofHours((i * 5) % 6));
      String comments = "החלטה " + i;
      long id = decisions.save(new SteeringDecision(YEAR, i + 1, i % 4 == 0, comments, "avner-golan", at)).id();
      decided.add(new Decided(id, at, comments));
    }
    List<String> expected = decided.stream().sorted(Comparator.comparing(Decided::at).thenComparingLong(Decided::id))
        .map(Decided::comments).toList();

    var walk = PagedList.walk(rest, "yael-dror", "/api/cycles/" + YEAR + "/goals/decisions", 5);

    assertThat(walk.total()).isEqualTo(12);
    assertThat(walk.pages()).isEqualTo(3);
    assertThat(walk.items().stream().map(decision -> decision.get("comments").asText()).toList())
        .containsExactlyElementsOf(expected);
  }

  @Test
  void badPagingParametersAreRefused() {
    PagedList.assertRefused(rest.withBasicAuth("yael-dror", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/goals/votes?size=501", JsonNode.class), "size");
    PagedList.assertRefused(rest.withBasicAuth("yael-dror", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/goals/decisions?page=abc", JsonNode.class), "page");
  }

  private static String key(int version, int round, String member) {
    return version + "/" + round + "/" + member;
  }
}
