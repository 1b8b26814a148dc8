/**
 * Reads the spreadsheets people upload to Maagal (XLSX and CSV) the way they keep them: a header
 * row somewhere near the top, columns in any order and spelling, groups written once, numbers as
 * the sheet shows them. Every import of the application reads through
 * {@link org.maagal.spreadsheets.SpreadsheetReader}; what it cannot read comes back as
 * {@link org.maagal.spreadsheets.SheetProblem}s named by the user's own row, column letter and header.
 * Every CSV the application writes goes through {@link org.maagal.spreadsheets.CsvFile}, which keeps a
 * spreadsheet program from running what people typed as a formula.
 */
@ApplicationModule(displayName = "Spreadsheets", allowedDependencies = {})
package org.maagal.spreadsheets;

import org.springframework.modulith.ApplicationModule;
