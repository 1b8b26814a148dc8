/**
 * What a process instance or task is about — its cycle, year, department, team, member, gap, round, late
 * task — as the application recorded it when it started the instance, and never as a process variable,
 * which whoever completes a task may set. Every listener and delegate reads who-or-what here.
 */
@ApplicationModule(displayName = "Process facts", allowedDependencies = {})
package org.maagal.facts;

import org.springframework.modulith.ApplicationModule;
