package org.maagal.control;

import java.time.Instant;
import java.util.List;

/**
 * A year's mid-year control: when the semi-annual round's deviations were flagged, the deviations the reader may
 * see, and the strategy unit's conclusions once it compiled the report for the steering committee.
 */
public record ControlView(int year, Instant flaggedAt, String conclusions, String compiledBy, Instant compiledAt,
    List<DeviationView> deviations) {

  public boolean compiled() {
    return compiledAt != null;
  }

  public long explained() {
    return deviations.stream().filter(DeviationView::explained).count();
  }

  public long count(Outcome outcome) {
    return deviations.stream().filter(deviation -> deviation.outcome() == outcome).count();
  }
}
