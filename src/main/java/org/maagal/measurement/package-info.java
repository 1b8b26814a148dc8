/**
 * Phase 4 of the cycle, measurement and control (מדידה ובקרה): twice a year each department reports the
 * actual values of the indicators it owns, the status of the activities of its approved work plan and
 * its actual spending; the strategy unit accepts each report or returns it, every version kept. Work-plan
 * adherence and budget execution are computed from the reports, per department and city-wide.
 */
@ApplicationModule(displayName = "Measurement and control (phase 4)", allowedDependencies = {
    "api", "clock", "database", "decisions", "facts", "forms", "goals", "organization", "reviewing",
    "spreadsheets", "workplans"})
package org.maagal.measurement;

import org.springframework.modulith.ApplicationModule;
