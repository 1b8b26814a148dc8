package org.maagal.spreadsheets;

import java.io.IOException;

/** A file past one of the {@link ReadLimits}: refused with the reason, in Hebrew, whoever was reading it. */
final class OverLimit extends IOException {

  OverLimit(String reason) {
    super(reason);
  }

  /** The bound a failure came from, however deep POI or the XML parser wrapped it; null when none. */
  static OverLimit in(Throwable failure) {
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 32; depth++, cause = next(cause)) {
      if (cause instanceof OverLimit overLimit) {
        return overLimit;
      }
    }
    return null;
  }

  private static Throwable next(Throwable failure) {
    if (failure instanceof org.xml.sax.SAXException sax && sax.getException() != null && sax.getException() != failure) {
      return sax.getException();
    }
    return failure.getCause() == failure ? null : failure.getCause();
  }
}
