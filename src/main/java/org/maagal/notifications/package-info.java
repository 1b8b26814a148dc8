/**
 * The outbox of messages to people (reminders, escalations, daily digests, meeting invitations with their iCalendar
 * file, {@link org.maagal.notifications.CalendarEvent}): each written once by its key
 * ({@link org.maagal.notifications.Outbox#put}), e-mailed from the job executor by the {@code mail-notifications}
 * process on any node, and read through {@code /api/notifications}; each person's choice of a daily digest.
 * It knows who gets a message, not why.
 */
@ApplicationModule(displayName = "Notifications and e-mail", allowedDependencies = {"api"})
package org.maagal.notifications;

import org.springframework.modulith.ApplicationModule;
