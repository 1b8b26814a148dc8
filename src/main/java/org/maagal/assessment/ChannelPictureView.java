package org.maagal.assessment;

import java.time.Instant;
import java.util.List;

/** A working team's channel picture and rubric, as the API shows it. */
public record ChannelPictureView(int year, String teamId, String teamName, String picture, List<ArenaScore> scores,
    String submittedBy, Instant submittedAt) {

  /** One arena's score, 1 (weak) to 5 (strong), with the team's comment. */
  public record ArenaScore(Arena arena, int score, String comment) {
  }
}
