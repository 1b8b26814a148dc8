package org.maagal.meetings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code maagal.meetings}: the business days before a meeting its agenda opens (the strategy unit's task to
 * prepare it) and closes (the invitations go out), the business days after it by which it is recorded, and
 * whether a cycle's start places every committee's meetings of the year by their cadence.
 */
@ConfigurationProperties("maagal.meetings")
record MeetingsProperties(@DefaultValue("10") int agendaOpensBefore, @DefaultValue("3") int agendaClosesBefore,
    @DefaultValue("3") int recordWithin, @DefaultValue("true") boolean planOnCycleStart) {
}
