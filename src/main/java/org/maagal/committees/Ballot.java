package org.maagal.committees;

/** What a committee votes on in a round: a version of the cycle's goal tree. */
record Ballot(String committeeId, int year, int version, int round) {
}
