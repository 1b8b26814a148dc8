package org.maagal.publication;

import java.time.Instant;

/** A publication as the strategy unit's API lists it (the snapshot itself is read on the preview page). */
public record PublicationView(long id, int year, PublishedPart part, String partName, PublicationStatus status,
    String statusName, String proposedBy, Instant proposedAt, Instant decidedAt, String decision, String withdrawnBy,
    Instant withdrawnAt, String withdrawnBecause) {
}
