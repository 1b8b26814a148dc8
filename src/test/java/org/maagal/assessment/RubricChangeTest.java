package org.maagal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maagal.organization.Channel;

/** A team's rubric beside last year's: the same criterion's score, each arena's average, and their changes. */
class RubricChangeTest {

  @Test
  void eachCriterionMeetsLastYearsScoreOfTheSameArenaAndCriterion() {
    var before = picture(2026, score("parents", "forum", 2), score("parents", "guidance", 4),
        score("authority", "concept", 3));
    var now = picture(2027, score("authority", "concept", 4), score("authority", "mapping", 2),
        score("parents", "forum", 3), score("parents", "guidance", 4));

    var rubric = RubricChange.of(now, before);

    assertThat(rubric.arenas()).extracting(ChannelRubricView.ArenaResult::arena).containsExactly("authority",
        "parents");
    var authority = rubric.arenas().get(0);
    assertThat(authority.average()).isEqualByComparingTo("3.0");
    assertThat(authority.lastYear()).isEqualByComparingTo("3.0");
    assertThat(authority.change()).isEqualByComparingTo("0");
    assertThat(authority.criteria()).extracting(c -> c.criterion() + " " + c.score() + " " + c.lastYear() + " "
        + c.change()).containsExactly("concept 4 3 1", "mapping 2 null null");
    var parents = rubric.arenas().get(1);
    assertThat(parents.average()).isEqualByComparingTo("3.5");
    assertThat(parents.lastYear()).isEqualByComparingTo("3.0");
    assertThat(parents.change()).isEqualByComparingTo("0.5");
  }

  @Test
  void averagesAreShownToOneDecimalAndTheChangeIsTheDifferenceOfThoseShown() {
    var before = picture(2026, score("a", "x", 1), score("a", "y", 1), score("a", "z", 2));
    var now = picture(2027, score("a", "x", 2), score("a", "y", 2), score("a", "z", 3));

    var arena = RubricChange.of(now, before).arenas().get(0);

    assertThat(arena.average()).isEqualTo(new BigDecimal("2.3"));
    assertThat(arena.lastYear()).isEqualTo(new BigDecimal("1.3"));
    assertThat(arena.change()).isEqualTo(new BigDecimal("1.0"));
  }

  @Test
  void withoutLastYearThereIsNoChange() {
    var rubric = RubricChange.of(picture(2027, score("a", "x", 5)), null);

    assertThat(rubric.arenas().get(0).lastYear()).isNull();
    assertThat(rubric.arenas().get(0).change()).isNull();
    assertThat(rubric.arenas().get(0).criteria().get(0).change()).isNull();
  }

  @Test
  void aPictureScoredBeforeSubCriteriaReadsAsItsArenasScoresAndItsArenasAverageIsComparedWith() {
    var before = picture(2026, score("authority", null, 3), score("parents", null, 2));
    var now = picture(2027, score("authority", "concept", 4), score("authority", "mapping", 5),
        score("parents", "forum", 2));

    var rubric = RubricChange.of(now, before);
    var old = RubricChange.of(before, null);

    assertThat(old.arenas().get(0).criteria()).extracting(ChannelRubricView.CriterionResult::name)
        .containsExactly(RubricChange.WHOLE_ARENA);
    assertThat(old.arenas().get(0).average()).isEqualByComparingTo("3");
    assertThat(rubric.arenas().get(0).change()).isEqualByComparingTo("1.5");
    assertThat(rubric.arenas().get(1).change()).isEqualByComparingTo("0");
    assertThat(rubric.arenas().get(0).criteria()).allSatisfy(criterion -> assertThat(criterion.lastYear())
        .as("a criterion is not its whole arena").isNull());
  }

  private static ChannelPictureView picture(int year, ChannelPictureView.CriterionScore... scores) {
    return new ChannelPictureView(year, "team-educational", "צוות עבודה חינוכי", Channel.EDUCATIONAL, "תמונה",
        List.of(scores), "someone", Instant.EPOCH);
  }

  private static ChannelPictureView.CriterionScore score(String arena, String criterion, int score) {
    return new ChannelPictureView.CriterionScore(arena, "זירה " + arena, criterion,
        criterion == null ? null : "תת-מדד " + criterion, score, null);
  }
}
