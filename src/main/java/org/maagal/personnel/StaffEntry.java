package org.maagal.personnel;

import org.maagal.spreadsheets.SpreadsheetRow;

/**
 * A unit or a person as a source of the organisation gives it: a row of HR's workbook, an entry of the directory.
 * Its fields are those of {@link StaffFields}.
 */
public interface StaffEntry {

  /** The field's value, trimmed; null when the source gives none. */
  String text(String field);

  /** A problem of one field of this entry, in the admin's words, naming where the source has it. */
  String problem(String field, String reason);

  /** A row of an uploaded sheet: a problem names its row, column and header; a field it has no column for is empty. */
  static StaffEntry of(SpreadsheetRow row) {
    return new StaffEntry() {
      @Override
      public String text(String field) {
        return row.cells().containsKey(field) ? row.text(field) : null;
      }

      @Override
      public String problem(String field, String reason) {
        return row.problem(field, reason).message();
      }
    };
  }
}
