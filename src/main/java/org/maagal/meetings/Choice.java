package org.maagal.meetings;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** A member's vote; an abstention counts neither way nor towards the quorum. */
public enum Choice {
  FOR("for"), AGAINST("against"), ABSTAIN("abstain");

  private final String key;

  Choice(String key) {
    this.key = key;
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
