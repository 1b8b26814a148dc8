package org.maagal.spreadsheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maagal.spreadsheets.SheetXml.RawLine;
import org.maagal.spreadsheets.SheetXml.Region;

/**
 * Merged cells as Excel shows them: every cell of a region shows the value of the region's first cell,
 * which is the only one that holds it. Each region is clipped to the rows read and to the widest of
 * them before a cell is filled, so a region declared over the whole sheet ("A1:XFD1048576") costs what
 * the sheet holds, not what it declares; the cells filled in all the sheets are held to
 * {@link ReadLimits#MAX_MERGED_CELLS}.
 */
final class MergedRegions {

  private MergedRegions() {
  }

  /**
   * Fills the regions into the rows read (in order, first row first), whose cells are texts.
   *
   * @param filledBefore the cells filled in the workbook's sheets before this one, counted towards the bound
   * @return the cells filled in this sheet and those before it
   */
  static long fill(List<RawLine> lines, List<Region> regions, long filledBefore) throws OverLimit {
    if (lines.isEmpty() || regions.isEmpty()) {
      return filledBefore;
    }
    int[] numbers = lines.stream().mapToInt(RawLine::number).toArray();
    int widest = lines.stream().mapToInt(line -> line.cells().size()).max().orElse(0);
    // a region shows its own first cell, never a value another region filled in
    var values = new ArrayList<Object>(regions.size());
    for (Region region : regions) {
      values.add(cellAt(lines, numbers, region.firstRow(), region.firstColumn()));
    }
    long filled = filledBefore;
    for (int index = 0; index < regions.size(); index++) {
      Region region = regions.get(index);
      Object value = values.get(index);
      int lastColumn = Math.min(region.lastColumn(), widest - 1);
      if (value == null || region.firstColumn() > lastColumn) {
        continue;
      }
      int from = firstAtOrAfter(numbers, region.firstRow());
      int to = firstAtOrAfter(numbers, region.lastRow() + 1);
      filled += (long) (to - from) * (lastColumn - region.firstColumn() + 1);
      if (filled > ReadLimits.MAX_MERGED_CELLS) {
        throw new OverLimit(ReadLimits.tooLarge("הטווחים הממוזגים בגיליונות שלו מכסים יותר מ-"
            + ReadLimits.count(ReadLimits.MAX_MERGED_CELLS) + " תאים"));
      }
      for (int line = from; line < to; line++) {
        List<Object> cells = lines.get(line).cells();
        while (cells.size() <= lastColumn) {
          cells.add(null);
        }
        for (int column = region.firstColumn(); column <= lastColumn; column++) {
          cells.set(column, value);
        }
      }
    }
    return filled;
  }

  private static Object cellAt(List<RawLine> lines, int[] numbers, int row, int column) {
    int found = Arrays.binarySearch(numbers, row);
    if (found < 0) {
      return null;
    }
    List<Object> cells = lines.get(found).cells();
    return column < cells.size() ? cells.get(column) : null;
  }

  /** The index of the first row read numbered {@code row} or later; the count of rows when there is none. */
  private static int firstAtOrAfter(int[] numbers, int row) {
    int found = Arrays.binarySearch(numbers, row);
    return found >= 0 ? found : -found - 1;
  }
}
