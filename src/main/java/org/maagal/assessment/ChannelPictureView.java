package org.maagal.assessment;

import java.time.Instant;
import java.util.List;
import org.maagal.organization.Channel;

/**
 * A working team's channel picture and rubric, as the API shows it: the channel it was scored for, and each
 * sub-criterion's score under the ids and names it was scored with.
 */
public record ChannelPictureView(int year, String teamId, String teamName, Channel channel, String picture,
    List<CriterionScore> scores, String submittedBy, Instant submittedAt) {

  /**
   * A sub-criterion's score, 1 (weak) to 5 (strong), with the team's comment. A picture scored before the rubric had
   * sub-criteria has one score per arena, without a criterion.
   */
  public record CriterionScore(String arena, String arenaName, String criterion, String criterionName, int score,
      String comment) {
  }
}
