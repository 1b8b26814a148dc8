package org.maagal.assessment;

import java.math.BigDecimal;

/**
 * What the form submitted at a criterion's place: the score and the comment as text (a score may arrive as "4",
 * 4 or 4.0), for the criterion the team's rubric has at that place.
 */
record RubricAnswer(RubricFile.Place place, String score, String comment) {

  /** The score if it is a whole number from 1 to 5; otherwise none. */
  static Integer score(String text) {
    if (text == null || text.length() > 10) {
      return null;
    }
    try {
      int score = new BigDecimal(text).intValueExact();
      return score >= 1 && score <= 5 ? score : null;
    } catch (NumberFormatException | ArithmeticException notAScore) {
      return null;
    }
  }
}
