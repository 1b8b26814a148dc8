package org.maagal.database;

/**
 * How a cycle's rows of one table stand: how many there are and the sum of their optimistic-lock counters.
 * Every insert adds a row and every update of a versioned entity raises its counter, so the stamp changes
 * with every committed change, on whichever node made it. A read model computed from the rows is current
 * while their stamps are those it was computed under.
 */
public record ChangeStamp(long rows, long changes) {

  public ChangeStamp(Long rows, Long changes) {
    this(rows == null ? 0 : rows.longValue(), changes == null ? 0 : changes.longValue());
  }
}
