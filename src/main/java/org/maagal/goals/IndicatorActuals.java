package org.maagal.goals;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The actual values a cycle measured, for the next cycle's tree: when a cycle opens its tree as a copy of
 * the last approved one, each indicator with an actual value in that year gets it as its new baseline
 * (value and year). Implemented by the measurement feature; goals only asks.
 */
public interface IndicatorActuals {

  /** The latest actual value measured in the year of each indicator, keyed by its target and indicator text. */
  Map<Key, BigDecimal> of(int year);

  /** An indicator of a tree by its texts: ids change from one year's tree to the next, the texts stay. */
  record Key(String target, String indicator) {
  }
}
