package org.maagal.spreadsheets;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one writer of every CSV file Maagal hands out (the dashboard's late tasks, the goal tree, the demo's
 * revised targets): UTF-8 with a byte order mark, without which Excel reads the file as Windows-1255 and
 * garbles the Hebrew; RFC 4180 quotes and CRLF; and every cell through {@link CsvCell#guarded}, so that text
 * people typed (a late reason, a department's name) is never run as a formula by the program that opens it.
 * {@link SpreadsheetReader} reads such a file back as it was written.
 */
public final class CsvFile {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvFile() {
  }

  /**
   * The header and the rows as a CSV file. A cell is its value's text: null is empty, a {@code BigDecimal}
   * is written plainly (1250000, not 1.25E+6).
   */
  public static byte[] write(List<String> header, List<? extends List<?>> rows) {
    var bytes = new ByteArrayOutputStream();
    var writer = new OutputStreamWriter(bytes, UTF_8);
    try (var printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
      writer.write(BYTE_ORDER_MARK);
      printer.printRecord(header.stream().map(CsvCell::guarded));
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(CsvCell::guarded));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Writing CSV to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }
}
