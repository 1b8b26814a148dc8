/**
 * Deadlines of the cycle's tasks: each cycle's calendar of deadline rules, the due and follow-up dates every
 * user task gets from it in Israeli business days, the hourly deadline watch that reminds before a due date
 * and escalates after it (to the manager above, then the CEO and the strategy unit), what a manager does about
 * a late task, and who is late and why.
 */
@ApplicationModule(displayName = "Deadlines, escalations and late tasks", allowedDependencies = {
    "api", "calendar", "clock", "cycle", "facts", "forms", "notifications", "organization"})
package org.maagal.deadlines;

import org.springframework.modulith.ApplicationModule;
