package org.maagal.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

/**
 * Reads a hostile file the way an upload is read, and holds the reading to what a bad file may cost: the
 * bytes the reading thread allocated (not only what it kept) stay under {@link #LITTLE_MEMORY}. The
 * time allowed is only a backstop against a hang, ten times what the slowest case takes on a busy machine;
 * before the bounds, the smallest of these files took 23 s to fail and the attacker's ran the heap out.
 */
final class ReadingCost {

  static final long LITTLE_MEMORY = 64L * 1024 * 1024;
  private static final Duration BACKSTOP = Duration.ofSeconds(20);

  private ReadingCost() {
  }

  static Spreadsheet readCheaply(String fileName, byte[] file, List<ColumnSpec> columns) {
    return readWithin(fileName, file, columns, LITTLE_MEMORY);
  }

  /** As {@link #readCheaply}, for a file the reader must parse whole to refuse: {@code budget} bytes allocated. */
  static Spreadsheet readWithin(String fileName, byte[] file, List<ColumnSpec> columns, long budget) {
    return assertTimeoutPreemptively(BACKSTOP, () -> {
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long before = threads.getCurrentThreadAllocatedBytes();
      var sheet = SpreadsheetReader.read(fileName, file, columns);
      assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes allocated to read the file")
          .isLessThan(budget);
      return sheet;
    });
  }

  /** The file is refused whole, for this one reason about the whole file. */
  static void assertRefused(Spreadsheet sheet, String reason) {
    assertThat(sheet.rows()).isEmpty();
    assertThat(sheet.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.row()).isZero();
      assertThat(problem.reason()).isEqualTo(reason);
    });
  }
}
