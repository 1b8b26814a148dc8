package org.maagal.assessment;

import java.math.BigDecimal;
import java.util.List;
import org.maagal.organization.Channel;

/**
 * A working team's newest rubric of a year beside last year's rubric of the same channel: each arena's average and
 * its change, and each sub-criterion's score, last year's score of the same criterion and the change. A change is
 * this year's less last year's, absent when last year has no score to compare with. {@code picture}: the team's
 * picture of its channel, which it scored.
 */
public record ChannelRubricView(int year, String teamId, String teamName, Channel channel, String picture,
    List<ArenaResult> arenas) {

  /** An arena's average over its sub-criteria (one decimal), last year's and the change. */
  public record ArenaResult(String arena, String name, BigDecimal average, BigDecimal lastYear, BigDecimal change,
      List<CriterionResult> criteria) {
  }

  /**
   * A sub-criterion's score (1–5) with the team's comment, last year's score and the change. A picture scored before
   * the rubric had sub-criteria has one score for the whole arena: no {@code criterion}, and its name says so.
   */
  public record CriterionResult(String criterion, String name, int score, Integer lastYear, Integer change,
      String comment) {
  }
}
