package org.maagal.organization;

import java.util.List;

/**
 * The strategic programme the cycles belong to, from the organisation file's {@code programme:}.
 *
 * @param startYear      the cycle year the programme began; the design committee meets monthly in it
 * @param neighbourhoods the city's neighbourhoods, from which the steering committee picks those in focus
 */
public record Programme(Integer startYear, List<String> neighbourhoods) {

  static final Programme NONE = new Programme(null, List.of());

  public Programme {
    neighbourhoods = neighbourhoods == null ? List.of() : List.copyOf(neighbourhoods);
  }

  /** The first year, or a year no cycle has when the file does not say (every year then takes the usual cadence). */
  public int startYearOr0() {
    return startYear == null ? 0 : startYear;
  }
}
