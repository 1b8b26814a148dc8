/**
 * The organisation from HR's spreadsheet: the units (with their parent and manager) and the people (with their unit
 * and e-mail) as HR keeps them, read with the forgiving reader of every import, previewed, and put in force by the
 * organisation ({@code organization.OrganizationChanges}), which keeps who did what in earlier cycles and moves the
 * open tasks of a changed unit.
 */
@ApplicationModule(displayName = "HR's organisation import", allowedDependencies = {"api", "clock", "organization",
    "spreadsheets"})
package org.maagal.personnel;

import org.springframework.modulith.ApplicationModule;
