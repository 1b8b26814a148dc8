/**
 * Israeli business days: {@link org.maagal.calendar.IsraeliBusinessCalendar} (Sunday to Thursday, without the
 * Jewish holidays and Israeli national days off, holiday eves and Chol HaMoed as the municipality's
 * {@link org.maagal.calendar.HolidayRules} say), and the engine's due-date and duration calendars, which count in
 * them. It knows nothing of cycles or tasks.
 */
@ApplicationModule(displayName = "Israeli business calendar", allowedDependencies = {"clock"})
package org.maagal.calendar;

import org.springframework.modulith.ApplicationModule;
