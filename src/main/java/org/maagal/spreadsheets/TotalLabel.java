package org.maagal.spreadsheets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a row says it is a total: a cell that begins "סה\"כ", "סה״כ חינוך", "ס\"ה", "סך הכל", "סיכום ביניים", "Total"
 * (a clause named "אירועי סיכום שנה" is no total), whether or not the row has a code of its own (a chapter's).
 */
final class TotalLabel {

  private static final Pattern QUOTES = Pattern.compile("[\"'\u05F3\u05F4\u201C\u201D\u2018\u2019`]");
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\p{Z}\\p{P}]+");
  private static final Set<String> WORDS = Set.of("סהכ", "סה", "סיכום", "total", "subtotal", "totals");
  private static final Set<String> SUMMARY_SHEETS = Set.of("ריכוז", "סיכום", "סהכ", "summary", "totals");
  private static final Set<String> PHRASES = Set.of("סך הכל", "סך הכול", "סך כל", "grand total");

  private TotalLabel() {
  }

  private static List<String> words(String text) {
    String plain = QUOTES.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    return Arrays.stream(BETWEEN_WORDS.split(plain)).filter(word -> !word.isEmpty()).toList();
  }

  /** Whether a sheet's name says it sums the others ("ריכוז", "סיכום לפי מחלקות", "Summary"). */
  static boolean namesASummary(String sheet) {
    var words = words(sheet);
    return !words.isEmpty() && SUMMARY_SHEETS.contains(words.get(0));
  }

  /** Whether some cell of the line begins as a total does. */
  static boolean isTotal(Grid.Line line) {
    return line.cells().stream().anyMatch(cell -> cell != null && says(cell));
  }

  static boolean says(String text) {
    var words = words(text);
    return !words.isEmpty() && (WORDS.contains(words.get(0))
        || PHRASES.stream().anyMatch(phrase -> String.join(" ", words).startsWith(phrase)));
  }
}
