package org.maagal.meetings;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An open call as the strategy unit's API lists it and the public site shows it (the public site shows only the
 * committee, role, requirements and closing day of an open one).
 */
public record OpenCallView(long id, int year, String committeeId, String committeeName, String role,
    String requirements, LocalDate closesOn, boolean open, String openedBy, Instant openedAt, String closedBy,
    Instant closedAt) {
}
