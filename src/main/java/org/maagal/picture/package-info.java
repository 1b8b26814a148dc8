/**
 * The city's picture (תמונת העיר): what the situation assessment (phase 1) learnt, in one document for those who plan
 * the year: the city's data and survey beside last year's, each channel's picture and rubric with its change, every
 * department's assessment by domain, the gaps carried from last year and what became of them, and, once the
 * planning starts, the CEO's emphases and the working teams' recommendations. The strategy unit closes phase 1 with
 * its summary. As JSON, a PDF, a workbook and a page; the design committee's tasks and the goal tree link to it.
 */
@ApplicationModule(displayName = "The city's picture (phase 1's document)", allowedDependencies = {
    "api", "assessment", "clock", "documents", "facts", "forms", "goals", "organization", "review", "spreadsheets"})
package org.maagal.picture;

import org.springframework.modulith.ApplicationModule;
