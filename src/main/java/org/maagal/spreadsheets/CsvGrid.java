package org.maagal.spreadsheets;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.function.ToIntFunction;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as text, in the encodings and separators Excel writes in Israel: "CSV UTF-8" (with a
 * byte order mark), plain "CSV" (Windows-1255), comma or semicolon separated. No separator is tried on
 * a text before {@link CsvBounds} has checked it.
 */
final class CsvGrid {

  /** What Excel on a Hebrew Windows writes for plain "CSV". */
  static final Charset WINDOWS_1255 = Charset.forName("windows-1255");
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char[] SEPARATORS = {',', ';', '\t'};

  private CsvGrid() {
  }

  /**
   * The non-blank records, at most {@code maxLines}, separated by the separator under which
   * {@code headerScore} finds the best header among the first records.
   */
  static Grid read(byte[] bytes, int maxLines, int headerLines, ToIntFunction<Grid> headerScore)
      throws UnreadableFileException {
    String text = decoded(bytes);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    // a comma unless another separator finds more of the header: a file whose first lines cannot be read stays comma-separated
    char best = SEPARATORS[0];
    int bestScore = 0;
    for (char separator : SEPARATORS) {
      int score;
      try {
        CsvBounds.check(text, separator);
        score = headerScore.applyAsInt(parse(text, separator, headerLines));
      } catch (OverLimit | UnreadableFileException e) {
        continue;
      }
      if (score > bestScore) {
        best = separator;
        bestScore = score;
      }
    }
    try {
      CsvBounds.check(text, best);
    } catch (OverLimit overLimit) {
      throw new UnreadableFileException(SheetProblem.ofFile(overLimit.getMessage()), overLimit);
    }
    return parse(text, best, maxLines);
  }

  /** Strict UTF-8 first: bytes that are not UTF-8 are a file saved by Excel as plain "CSV", in Windows-1255. */
  private static String decoded(byte[] bytes) {
    try {
      return UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, WINDOWS_1255);
    }
  }

  private static Grid parse(String text, char separator, int maxLines) throws UnreadableFileException {
    var lines = new ArrayList<Grid.Line>();
    long lastRow = 0;
    var format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
    try (var parser = format.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        lastRow = record.getRecordNumber();
        var line = new Grid.Line((int) lastRow, Arrays.stream(record.values()).map(CsvCell::unguarded).toList());
        if (!line.blank()) {
          lines.add(line);
          if (lines.size() >= maxLines) {
            break;
          }
        }
      }
    } catch (IOException e) {
      throw unreadable(e, lastRow + 1);
    } catch (UncheckedIOException e) {
      throw unreadable(e.getCause(), lastRow + 1);
    }
    return new Grid(lines);
  }

  private static UnreadableFileException unreadable(IOException cause, long row) {
    if (cause instanceof CSVException) {
      return new UnreadableFileException(SheetProblem.ofRow(null, (int) row,
          "השורה אינה CSV תקין: מרכאות שלא נסגרו, או תו אחרי מרכאות סוגרות"), cause);
    }
    return new UnreadableFileException(SheetProblem.ofFile("לא ניתן היה לקרוא את הקובץ; נסו להעלות אותו שוב"), cause);
  }
}
