package org.maagal.committees;

import org.maagal.meetings.Choice;
import java.util.List;

/**
 * Counts a round: every vote equal; the round decides when at least {@code quorum} of the members
 * took a position (for or against), by the majority of those positions; otherwise, and on a tie,
 * the committee votes again.
 */
record VoteCounting(double quorum) {

  VoteCounting {
    if (quorum <= 0 || quorum > 1) {
      throw new IllegalArgumentException("maagal.committees.vote-quorum must be a share of the members in (0, 1]: "
          + quorum);
    }
  }

  Outcome count(List<Choice> votes, int members) {
    long inFavour = votes.stream().filter(Choice.FOR::equals).count();
    long against = votes.stream().filter(Choice.AGAINST::equals).count();
    if (inFavour + against < Math.ceil(quorum * members) || inFavour == against) {
      return Outcome.ANOTHER_ROUND;
    }
    return inFavour > against ? Outcome.APPROVED : Outcome.REJECTED;
  }
}
