package org.maagal.spreadsheets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How a row says it is a total: "סה\"כ", "סה״כ חינוך", "סך הכל", "סיכום", "Total", with no code of its own. */
final class TotalLabel {

  private static final Pattern QUOTES = Pattern.compile("[\"'\u05F3\u05F4\u201C\u201D\u2018\u2019`]");
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\p{Z}\\p{P}]+");
  private static final Set<String> WORDS = Set.of("סהכ", "סיכום", "total", "subtotal", "totals");
  private static final Set<String> PHRASES = Set.of("סך הכל", "סך הכול", "סך כל", "grand total");

  private TotalLabel() {
  }

  /** Whether the line is a total: some cell says so, and its code cell is empty or says so too. */
  static boolean isTotal(Grid.Line line, int codeIndex) {
    String code = line.cell(codeIndex);
    return (code == null || says(code)) && line.cells().stream().anyMatch(cell -> cell != null && says(cell));
  }

  static boolean says(String text) {
    String plain = QUOTES.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    var words = Arrays.stream(BETWEEN_WORDS.split(plain)).filter(word -> !word.isEmpty()).toList();
    return words.stream().anyMatch(WORDS::contains) || PHRASES.stream().anyMatch(String.join(" ", words)::contains);
  }
}
