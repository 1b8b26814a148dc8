package org.maagal.documents;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages in the application's log. Left alone, it prints to the console through a
 * java.util.logging handler of its own, at INFO, several lines for every PDF (timings, each font loaded):
 * here those are DEBUG, and warnings and errors stay what they are.
 */
final class PdfLog implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    var logger = LoggerFactory.getLogger(where);
    switch (severity(level)) {
      case ERROR -> logger.error(message, error);
      case WARN -> logger.warn(message, error);
      case DEBUG -> logger.debug(message, error);
      default -> logger.trace(message, error);
    }
  }

  /** Levels are set in the application's logging configuration, under the logger names openhtmltopdf uses. */
  @Override
  public void setLevel(String logger, Level level) {
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    return switch (severity(diagnostic.getLevel())) {
      case ERROR -> logger.isErrorEnabled();
      case WARN -> logger.isWarnEnabled();
      case DEBUG -> logger.isDebugEnabled();
      default -> logger.isTraceEnabled();
    };
  }

  private static org.slf4j.event.Level severity(Level level) {
    int value = level.intValue();
    if (value >= Level.SEVERE.intValue()) {
      return org.slf4j.event.Level.ERROR;
    }
    if (value >= Level.WARNING.intValue()) {
      return org.slf4j.event.Level.WARN;
    }
    return value >= Level.INFO.intValue() ? org.slf4j.event.Level.DEBUG : org.slf4j.event.Level.TRACE;
  }
}
