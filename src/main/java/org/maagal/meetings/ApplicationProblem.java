package org.maagal.meetings;

/** What may be wrong with a resident's application; the public site words each in the reader's language. */
public enum ApplicationProblem {
  NAME, SECTOR, EMAIL, STATEMENT, CLOSED
}
