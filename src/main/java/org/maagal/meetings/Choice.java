package org.maagal.meetings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A member's vote; an abstention counts neither way nor towards the quorum. */
public enum Choice {
  FOR("for", "בעד"), AGAINST("against", "נגד"), ABSTAIN("abstain", "נמנע/ת");

  private final String key;
  private final String hebrewName;

  Choice(String key, String hebrewName) {
    this.key = key;
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }

  /** The value of the vote form's select and of the API. */
  @JsonValue
  public String key() {
    return key;
  }

  public static Optional<Choice> of(String key) {
    return Arrays.stream(values()).filter(choice -> choice.key.equals(key)).findFirst();
  }
}
