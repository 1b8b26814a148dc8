/**
 * The treasury's budget book (ספר התקציב) of a cycle: its budget clauses (סעיפים תקציביים) with their
 * department, type, funding source and amount, imported from the treasury's spreadsheet; a department's
 * ceilings are the sums of its clauses, in total and per funding source. Work plans link their budget
 * lines to these clauses.
 */
@ApplicationModule(displayName = "Budget book", allowedDependencies = {"api", "cycle", "organization", "spreadsheets"})
package org.maagal.budget;

import org.springframework.modulith.ApplicationModule;
