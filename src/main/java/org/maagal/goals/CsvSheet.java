package org.maagal.goals;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The goal tree as CSV the way Excel reads and writes it: UTF-8 with a byte order mark, CRLF, RFC 4180 quotes. */
final class CsvSheet {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  // Excel runs a cell starting with one of these as a formula; a leading apostrophe keeps it text.
  private static final String FORMULA_STARTS = "=+-@";
  private static final char FORMULA_GUARD = '\'';

  private CsvSheet() {
  }

  /** Hands each record, by its spreadsheet row number, to {@code keepReading} until that answers false. */
  static void read(InputStream in, Predicate<SheetRow> keepReading) throws UnreadableSheetException {
    // Strict decoding: a file saved by Excel as plain "CSV" is Windows-1255 and would silently turn to question marks.
    var decoder = UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    long lastRow = 0;
    try (var parser = FORMAT.parse(withoutByteOrderMark(new InputStreamReader(in, decoder)))) {
      for (CSVRecord record : parser) {
        lastRow = record.getRecordNumber();
        var cells = Arrays.stream(record.values()).map(CsvSheet::unguarded).toList();
        if (!keepReading.test(new SheetRow((int) lastRow, cells))) {
          return;
        }
      }
    } catch (IOException e) {
      throw unreadable(e, lastRow + 1);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause(), lastRow + 1);
    }
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

  private static String unguarded(String cell) {
    boolean guarded = cell.length() > 1 && cell.charAt(0) == FORMULA_GUARD
        && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0;
    return guarded ? cell.substring(1) : cell;
  }

  private static Reader withoutByteOrderMark(Reader reader) throws IOException {
    var pushback = new PushbackReader(reader, 1);
    int first = pushback.read();
    if (first != -1 && first != BYTE_ORDER_MARK) {
      pushback.unread(first);
    }
    return pushback;
  }

  private static UnreadableSheetException unreadable(IOException cause, long row) {
    if (cause instanceof CharacterCodingException) {
      return new UnreadableSheetException(new RowProblem(0,
          "הקובץ אינו בקידוד UTF-8; ב-Excel יש לשמור אותו בסוג 'CSV UTF-8'"), cause);
    }
    if (cause instanceof CSVException) {
      return new UnreadableSheetException(new RowProblem((int) row,
          "השורה אינה CSV תקין: מרכאות שלא נסגרו, או תו אחרי מרכאות סוגרות"), cause);
    }
    return new UnreadableSheetException(new RowProblem(0, "לא ניתן היה לקרוא את הקובץ; נסו להעלות אותו שוב"), cause);
  }
}
