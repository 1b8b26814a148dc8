package org.maagal.measurement;

/** Published in the engine's transaction when every department's report of a round is in and the round is over. */
public record RoundClosed(int year, Round round) {
}
