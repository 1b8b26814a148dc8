package org.maagal.assessment;

import java.util.List;

/** The rubric file cannot be used; the message lists every problem found, one per line. */
class InvalidRubricFileException extends RuntimeException {

  InvalidRubricFileException(String location, List<String> problems) {
    super("The rubric file " + location + " is invalid:\n  - " + String.join("\n  - ", problems));
  }
}
