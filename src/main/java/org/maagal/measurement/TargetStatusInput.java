package org.maagal.measurement;

import java.math.BigDecimal;
import java.util.Objects;
import org.maagal.goals.Direction;

/**
 * What a target's status is computed from at a measurement round: the indicator's baseline and target
 * values from the approved goal tree, the actual value the department reported ({@code null} when it
 * reported none), and the share of the target's period elapsed (0.5 at the semi-annual round, 1.0 at the
 * annual one). {@code departmentId} and {@code indicator} choose the thresholds of the decision table.
 */
public record TargetStatusInput(String departmentId, String indicator, Direction direction, BigDecimal baseline,
    BigDecimal target, BigDecimal actual, double elapsedShare) {

  public TargetStatusInput {
    // without both values there is no progress to measure, so no colour would be true
    Objects.requireNonNull(baseline, "a target without a baseline value has no status");
    Objects.requireNonNull(target, "a target without a target value has no status");
    Objects.requireNonNull(direction, "a target without a direction has no status");
    if (!(elapsedShare >= 0 && elapsedShare <= 1)) {
      throw new IllegalArgumentException("elapsedShare must be between 0 and 1, not " + elapsedShare);
    }
  }
}
