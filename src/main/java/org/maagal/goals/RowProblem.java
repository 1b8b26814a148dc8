package org.maagal.goals;

/** What is wrong with one row of an imported file; {@code row} is the spreadsheet's row number (header = 1). */
public record RowProblem(int row, String reason) {
}
