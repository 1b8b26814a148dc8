package org.maagal.assessment;

import com.fasterxml.jackson.annotation.JsonValue;

/** The arenas (זירות) of the rubric: each is scored 1–5 with a comment. */
public enum Arena {
  AUTHORITY("authority", "זירת הרשות"),
  PARENTS("parents", "זירת ההורים"),
  FRAMEWORKS("frameworks", "זירת המסגרות"),
  PROFESSIONALS("professionals", "זירת אנשי המקצוע");

  private final String key;
  private final String hebrewName;

  Arena(String key, String hebrewName) {
    this.key = key;
    this.hebrewName = hebrewName;
  }

  /** The arena's key in the form and the API, e.g. {@code authority} (form fields authorityScore, authorityComment). */
  @JsonValue
  public String key() {
    return key;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
