package org.maagal.committees;

/** A round's result, as the goal-planning process branches on it ({@code voteOutcome}). */
enum Outcome {
  /** More for than against, with the quorum. */
  APPROVED,
  /** More against than for, with the quorum: back to drafting. */
  REJECTED,
  /** As many for as against, or too few took a position: another round. */
  ANOTHER_ROUND;

  String key() {
    return name().toLowerCase().replace('_', '-');
  }
}
