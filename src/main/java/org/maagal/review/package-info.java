/**
 * Phase 5 of the cycle, analysis and review (ניתוח והערכה): the year's results (each target's status from
 * the measurement rounds, adherence and budget execution), the significant gaps flagged by rule or added
 * by the strategy unit, each explained by its department, the lessons and successes, and the steering
 * committee's decision which gaps carry into next year's situation assessment. The measurement booklet
 * (PDF and XLSX) and {@code GET /api/cycles/{year}/results} show them.
 */
@ApplicationModule(displayName = "Analysis and review (phase 5)", allowedDependencies = {
    "api", "caching", "control", "database", "documents", "facts", "forms", "goals", "measurement", "meetings",
    "organization",
    "reviewing", "spreadsheets"})
package org.maagal.review;

import org.springframework.modulith.ApplicationModule;
