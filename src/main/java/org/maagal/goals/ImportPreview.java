package org.maagal.goals;

import java.util.List;

/**
 * What an upload would store, before it is stored: how many rows the file had, what would change
 * against the cycle's newest version ({@code against}), and the file's notices. Nothing is kept.
 */
public record ImportPreview(int year, int against, String fileName, int rowsRead, List<String> notices,
    GoalTreeChanges changes) {

  public ImportPreview {
    notices = List.copyOf(notices);
  }
}
