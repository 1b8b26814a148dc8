package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.List;

/**
 * What became of one sheet of an uploaded file, for the preview: its name (null for a CSV file), whether it was
 * read and if not why, how many data rows it gave, the unit its amounts were read in (null for a sheet without amounts),
 * and the rows
 * left out, by reason (totals, headings, and what the import leaves out, such as income).
 */
public record SheetSummary(String name, boolean read, String notRead, int rows, String unit, List<Skipped> skipped) {

  public SheetSummary {
    skipped = List.copyOf(skipped);
  }

  static SheetSummary notRead(String name, String reason) {
    return new SheetSummary(name, false, reason, 0, null, List.of());
  }

  /** Rows left out for one reason: the reason (a plural phrase in Hebrew), their numbers, and their amount if any. */
  public record Skipped(String reason, List<Integer> rows, BigDecimal amount) {

    public Skipped {
      rows = List.copyOf(rows);
    }
  }
}
