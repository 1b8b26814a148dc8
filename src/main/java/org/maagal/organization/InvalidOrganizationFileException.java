package org.maagal.organization;

import java.util.List;

/** The organisation file cannot be used; the message lists every problem found, one per line. */
class InvalidOrganizationFileException extends RuntimeException {

  InvalidOrganizationFileException(String location, List<String> problems) {
    super("The organisation file " + location + " is invalid:\n  - " + String.join("\n  - ", problems));
  }
}
