package org.maagal.measurement;

import java.util.Arrays;
import java.util.Optional;

/** How an activity of the work plan stands at a round; a delay or a cancellation needs its reason. */
public enum ActivityStatus {
  DONE("בוצע", false),
  IN_PROGRESS("בביצוע", false),
  DELAYED("באיחור", true),
  CANCELLED("בוטל", true);

  private final String hebrewName;
  private final boolean needsReason;

  ActivityStatus(String hebrewName, boolean needsReason) {
    this.hebrewName = hebrewName;
    this.needsReason = needsReason;
  }

  public String hebrewName() {
    return hebrewName;
  }

  public boolean needsReason() {
    return needsReason;
  }

  /** A status as the page or a script writes it: its name or its Hebrew name. */
  static Optional<ActivityStatus> of(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String text = written.strip();
    return Arrays.stream(values()).filter(status -> status.name().equals(text) || status.hebrewName.equals(text))
        .findFirst();
  }
}
