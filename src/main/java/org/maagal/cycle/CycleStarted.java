package org.maagal.cycle;

/** Published in the transaction that starts a year's cycle. */
public record CycleStarted(long cycleId, int year) {
}
