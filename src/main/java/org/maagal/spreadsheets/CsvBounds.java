package org.maagal.spreadsheets;

/**
 * Checks a CSV text against {@link ReadLimits} before a parser builds a record of it: a record of more than
 * {@link ReadLimits#MAX_COLUMNS} fields (a single line of commas would otherwise become millions of
 * values), more than {@link ReadLimits#MAX_CELLS} cells with a value, a value longer than
 * {@link ReadLimits#MAX_CELL_TEXT} characters. Fields are split as RFC 4180 (commons-csv) splits them: a
 * quote opens a quoted field only at the field's start, and "" inside it is one quote.
 */
final class CsvBounds {

  private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

  private final char separator;
  private int record = 1;
  private int fields;
  private int fieldLength;
  private boolean fieldHasText;
  private int cells;
  private long text;

  private CsvBounds(char separator) {
    this.separator = separator;
  }

  /** @throws OverLimit at the first record past a bound, named by its number (first record = 1) */
  static void check(String csv, char separator) throws OverLimit {
    new CsvBounds(separator).scan(csv);
  }

  private void scan(String csv) throws OverLimit {
    var state = State.FIELD_START;
    for (int index = 0; index < csv.length(); index++) {
      char c = csv.charAt(index);
      boolean lineBreak = c == '\r' || c == '\n';
      if (state == State.QUOTED) {
        if (c != '"') {
          character(c);
        } else if (index + 1 < csv.length() && csv.charAt(index + 1) == '"') {
          character(c);
          index++;
        } else {
          state = State.AFTER_QUOTE;
        }
      } else if (c == separator) {
        endField();
        state = State.FIELD_START;
      } else if (lineBreak) {
        endField();
        endRecord();
        if (c == '\r' && index + 1 < csv.length() && csv.charAt(index + 1) == '\n') {
          index++;
        }
        state = State.FIELD_START;
      } else if (state == State.AFTER_QUOTE) {
        // text after a closing quote: the parser refuses the file here, and reads no further
        return;
      } else if (state == State.FIELD_START && c == '"') {
        state = State.QUOTED;
      } else {
        character(c);
        state = State.UNQUOTED;
      }
    }
    if (state != State.FIELD_START || fields > 0) {
      endField();
    }
  }

  private void character(char c) throws OverLimit {
    if (++fieldLength > ReadLimits.MAX_CELL_TEXT) {
      throw new OverLimit(ReadLimits.tooLarge("בשורה " + record + " ערך ארוך מ-" + ReadLimits.count(ReadLimits.MAX_CELL_TEXT)
          + " תווים"));
    }
    if (++text > ReadLimits.MAX_TEXT) {
      throw new OverLimit(ReadLimits.tooLarge("יש בו יותר מ-" + ReadLimits.count(ReadLimits.MAX_TEXT) + " תווים"));
    }
    fieldHasText |= !Character.isWhitespace(c) && !Character.isSpaceChar(c);
  }

  private void endField() throws OverLimit {
    if (++fields > ReadLimits.MAX_COLUMNS) {
      throw new OverLimit(ReadLimits.tooLarge("בשורה " + record + " יותר מ-" + ReadLimits.MAX_COLUMNS + " עמודות"));
    }
    if (fieldHasText && ++cells > ReadLimits.MAX_CELLS) {
      throw new OverLimit(ReadLimits.tooLarge("יש בו יותר מ-" + ReadLimits.count(ReadLimits.MAX_CELLS) + " תאים מלאים"));
    }
    fieldLength = 0;
    fieldHasText = false;
  }

  private void endRecord() {
    record++;
    fields = 0;
  }
}
