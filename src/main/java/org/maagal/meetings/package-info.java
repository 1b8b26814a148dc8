/**
 * Committee meetings: each committee's meetings on its cadence in Israeli business days, a process per meeting
 * (prepare the agenda, invite with an iCalendar file, hold and record it, approve the minutes), agendas that the
 * cycle fills by itself (what waits for the committee's decision, open action items), decisions taken by the
 * members present under the committee's quorum and majority (or by circulation where the committee allows it),
 * and action items that are tasks with an owner and a due date.
 */
@ApplicationModule(displayName = "Committee meetings", allowedDependencies = {
    "api", "calendar", "clock", "cycle", "deadlines", "documents", "facts", "forms", "notifications", "organization",
    "reviewing"})
package org.maagal.meetings;

import org.springframework.modulith.ApplicationModule;
