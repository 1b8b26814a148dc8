package org.maagal.goals;

import java.util.List;
import org.maagal.spreadsheets.SheetSummary;

/**
 * What an upload would store, before it is stored: how many rows the file had, what would change
 * against the cycle's newest version ({@code against}), the file's notices, and what became of each of its sheets.
 * Nothing is kept.
 */
public record ImportPreview(int year, int against, String fileName, int rowsRead, List<String> notices,
    List<SheetSummary> sheets, GoalTreeChanges changes) {

  public ImportPreview {
    notices = List.copyOf(notices);
    sheets = List.copyOf(sheets);
  }
}
