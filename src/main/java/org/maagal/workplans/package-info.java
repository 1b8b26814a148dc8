/**
 * Phase 3 of the cycle, budget-linked work plans (תכניות עבודה מקושרות תקציב): each department's plan of
 * activities linked to targets of the approved goal tree, with budget lines linked to clauses of the
 * budget book; automatic checks, reviews by the strategy unit, finance and the CEO, every version kept;
 * and the book of work plans (ספר תכניות העבודה) that the steering committee approves.
 */
@ApplicationModule(displayName = "Work plans (phase 3)", allowedDependencies = {
    "api", "budget", "clock", "decisions", "documents", "facts", "forms", "goals", "meetings",
    "organization", "reviewing", "spreadsheets"})
package org.maagal.workplans;

import org.springframework.modulith.ApplicationModule;
