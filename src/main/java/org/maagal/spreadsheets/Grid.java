package org.maagal.spreadsheets;

import java.util.List;
import java.util.Objects;

/** A file's rows as text, before any column is known: each row by its spreadsheet number (first row = 1). */
record Grid(List<Line> lines) {

  record Line(int number, List<String> cells) {

    Line {
      cells = cells.stream().map(CellText::trimmed).toList();
    }

    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    boolean blank() {
      return cells.stream().allMatch(Objects::isNull);
    }
  }
}
