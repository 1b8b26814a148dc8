/**
 * Phase 2 of the cycle, goal planning: the city's goal tree (directions, goals, targets and their indicators),
 * one version per revision and the approved version frozen, the difference between versions, the CEO's emphases
 * and the working teams' recommendations, and the tree as a spreadsheet to import and export.
 */
@ApplicationModule(displayName = "Goal tree (phase 2)", allowedDependencies = {
    "api", "cycle", "database", "facts", "forms", "organization", "spreadsheets"})
package org.maagal.goals;

import org.springframework.modulith.ApplicationModule;
