package org.maagal.goals;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The goal tree written as CSV the way Excel reads it: UTF-8 with a byte order mark, CRLF, RFC 4180 quotes. */
final class CsvSheet {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  // Excel runs a cell starting with one of these as a formula; a leading apostrophe keeps it text.
  private static final String FORMULA_STARTS = "=+-@";
  private static final char FORMULA_GUARD = '\'';

  private CsvSheet() {
  }

  static byte[] write(List<GoalTreeRow> rows) {
    var bytes = new ByteArrayOutputStream();
    var writer = new OutputStreamWriter(bytes, UTF_8);
    try (var printer = new CSVPrinter(writer, FORMAT)) {
      writer.write(BYTE_ORDER_MARK);
      printer.printRecord(GoalTreeColumn.HEADERS);
      for (GoalTreeRow row : rows) {
        printer.printRecord(Arrays.stream(GoalTreeColumn.values()).map(column -> text(column.valueIn(row))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing CSV to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return GoalTreeRowParser.canonical(number).toPlainString();
    }
    if (value instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return FORMULA_GUARD + text;
    }
    return value == null ? null : value.toString();
  }
}
