package org.maagal.goals;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Which way an indicator should move: up (more youth-movement members) or down (fewer dropouts). */
public enum Direction {
  HIGHER_IS_BETTER("עלייה"),
  LOWER_IS_BETTER("ירידה");

  private final String hebrew;

  Direction(String hebrew) {
    this.hebrew = hebrew;
  }

  /** The word in the spreadsheet's "כיוון" column. */
  public String hebrew() {
    return hebrew;
  }

  @JsonValue
  public String json() {
    return name().toLowerCase().replace('_', '-');
  }

  /** Reads the spreadsheet's word, or the API's name, in any case. */
  public static Optional<Direction> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.strip();
    return Arrays.stream(values())
        .filter(direction -> direction.hebrew.equals(value) || direction.json().equalsIgnoreCase(value)
            || direction.name().equalsIgnoreCase(value))
        .findFirst();
  }
}
