package org.maagal.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Sets a team's rubric of the year beside last year's rubric of the same channel. */
final class RubricChange {

  /** How a score of a whole arena (a picture scored before the rubric had sub-criteria) is named among criteria. */
  static final String WHOLE_ARENA = "ציון הזירה כולה";

  private RubricChange() {
  }

  /** {@code before}: last year's newest picture of the same channel, or null. */
  static ChannelRubricView of(ChannelPictureView now, ChannelPictureView before) {
    var lastScores = scoresByKey(before);
    var lastAverages = before == null ? Map.<String, BigDecimal>of() : averages(before);
    var arenas = new ArrayList<ChannelRubricView.ArenaResult>();
    byArena(now).forEach((arena, scores) -> {
      var criteria = scores.stream().map(score -> {
        Integer last = lastScores.get(key(score.arena(), score.criterion()));
        return new ChannelRubricView.CriterionResult(score.criterion(),
            score.criterion() == null ? WHOLE_ARENA : score.criterionName(), score.score(), last,
            last == null ? null : score.score() - last, score.comment());
      }).toList();
      BigDecimal average = average(scores);
      BigDecimal lastAverage = lastAverages.get(arena);
      arenas.add(new ChannelRubricView.ArenaResult(arena, scores.get(0).arenaName(), average, lastAverage,
          lastAverage == null ? null : average.subtract(lastAverage), criteria));
    });
    return new ChannelRubricView(now.year(), now.teamId(), now.teamName(), now.channel(), now.picture(), arenas);
  }

  /** Each criterion's score by {@link #key}; none for no picture. */
  static Map<String, Integer> scoresByKey(ChannelPictureView picture) {
    if (picture == null) {
      return Map.of();
    }
    return picture.scores().stream().collect(Collectors.toMap(score -> key(score.arena(), score.criterion()),
        ChannelPictureView.CriterionScore::score, (first, second) -> first));
  }

  /** The same criterion of the same arena; a whole arena's score matches only a whole arena's. */
  static String key(String arena, String criterion) {
    return arena + "/" + (criterion == null ? "" : criterion);
  }

  private static Map<String, BigDecimal> averages(ChannelPictureView picture) {
    var averages = new LinkedHashMap<String, BigDecimal>();
    byArena(picture).forEach((arena, scores) -> averages.put(arena, average(scores)));
    return averages;
  }

  private static Map<String, List<ChannelPictureView.CriterionScore>> byArena(ChannelPictureView picture) {
    return picture.scores().stream().collect(Collectors.groupingBy(ChannelPictureView.CriterionScore::arena,
        LinkedHashMap::new, Collectors.toList()));
  }

  /** To one decimal, as it is shown: a change is the difference of the averages shown. */
  private static BigDecimal average(List<ChannelPictureView.CriterionScore> scores) {
    int sum = scores.stream().mapToInt(ChannelPictureView.CriterionScore::score).sum();
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
  }
}
