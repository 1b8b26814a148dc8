package org.maagal.committees;

import java.time.Instant;

public record DecisionView(int year, int version, boolean approved, String comments, String decidedBy,
    Instant decidedAt) {
}
