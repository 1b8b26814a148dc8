package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The unit a budget sheet states its amounts in, as treasuries write it in a header ("תקציב באלפי ש\"ח",
 * "סכום (אלפי ₪)", "אש\"ח") or in a line above it ("הסכומים במיליוני ש\"ח"): shekels, thousands or millions.
 */
public enum MoneyUnit {
  SHEKELS(BigDecimal.ONE, "ש\"ח"),
  THOUSANDS(BigDecimal.valueOf(1_000), "אלפי ש\"ח"),
  MILLIONS(BigDecimal.valueOf(1_000_000), "מיליוני ש\"ח");

  // words split at spaces and brackets; a hyphen too ("ב-אלפי"), but never inside ש"ח
  private static final Pattern BETWEEN_WORDS = Pattern.compile("[\\s\\p{Z}()\\[\\]{}:,;/\\-–—]+");
  private static final Pattern QUOTES = Pattern.compile("[\"'\u05F3\u05F4\u201C\u201D\u2018\u2019`.]");
  private static final Set<String> THOUSAND_WORDS = Set.of("אלפי", "באלפי", "אלפים", "באלפים", "אשח", "באשח",
      "אלפישח", "באלפישח", "אלפי₪", "באלפי₪", "₪k", "k₪", "000", "thousands", "thousand");
  private static final Set<String> MILLION_WORDS = Set.of("מיליוני", "במיליוני", "מיליונים", "במיליונים", "מלשח",
      "במלשח", "מיליוני₪", "במיליוני₪", "₪m", "m₪", "millions");
  private static final Set<String> SHEKEL_WORDS = Set.of("שח", "בשח", "₪", "ב₪", "שקלים", "בשקלים", "שקל", "nis",
      "ils");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Set<String> THOUSANDS_ALONE = Set.of("באלפים", "אשח", "באשח", "אלפישח", "באלפישח", "אלפי₪",
      "באלפי₪", "₪k", "k₪");
  private static final Set<String> MILLIONS_ALONE = Set.of("במיליונים", "מלשח", "במלשח", "מיליוני₪", "במיליוני₪");
  private static final Set<String> JOINING_WORDS = Set.of("ב", "in");

  private final BigDecimal factor;
  private final String hebrew;

  MoneyUnit(BigDecimal factor, String hebrew) {
    this.factor = factor;
    this.hebrew = hebrew;
  }

  /** What an amount written in this unit is in shekels. */
  public BigDecimal shekels(BigDecimal written) {
    return CellText.canonical(written.multiply(factor));
  }

  public BigDecimal factor() {
    return factor;
  }

  /** "אלפי ש\"ח". */
  public String hebrew() {
    return hebrew;
  }

  /** The unit a header or a title line states, if it states one; thousands and millions before plain shekels. */
  static Optional<MoneyUnit> in(String text) {
    var words = words(text);
    if (words.stream().anyMatch(THOUSAND_WORDS::contains)) {
      return Optional.of(THOUSANDS);
    }
    if (words.stream().anyMatch(MILLION_WORDS::contains)) {
      return Optional.of(MILLIONS);
    }
    return words.stream().anyMatch(SHEKEL_WORDS::contains) ? Optional.of(SHEKELS) : Optional.empty();
  }

  /**
   * The unit a line above the header states: thousands or millions of shekels, said as such ("באלפי ש\"ח",
   * "באלפים", "אש\"ח", "במיליוני ש\"ח"). "ש\"ח" alone changes nothing, nor does a title's "אלפי ילדים".
   */
  static Optional<MoneyUnit> statedAbove(String line) {
    var words = words(line);
    for (int index = 0; index < words.size(); index++) {
      String word = words.get(index);
      boolean ofShekels = index + 1 < words.size() && SHEKEL_WORDS.contains(words.get(index + 1));
      if (THOUSANDS_ALONE.contains(word) || (THOUSAND_WORDS.contains(word) && ofShekels)) {
        return Optional.of(THOUSANDS);
      }
      if (MILLIONS_ALONE.contains(word) || (MILLION_WORDS.contains(word) && ofShekels)) {
        return Optional.of(MILLIONS);
      }
    }
    return Optional.empty();
  }

  /**
   * A header without the unit it states, nor the year it is of: "תקציב 2027 (באלפי ש\"ח)" is "תקציב". A book with
   * two years' amounts then names one column twice, and is refused for it.
   */
  static String withoutUnit(String header) {
    if (header == null) {
      return null;
    }
    return Arrays.stream(BETWEEN_WORDS.split(header.strip())).filter(word -> !word.isEmpty())
        .filter(word -> !isUnitWord(compact(word)) && !YEAR.matcher(word).matches()).collect(Collectors.joining(" "));
  }

  /** The year a money column's header names ("תקציב מאושר 2026"), if it names one. */
  static Optional<String> yearIn(String header) {
    return Arrays.stream(BETWEEN_WORDS.split(header.strip())).filter(word -> YEAR.matcher(word).matches()).findFirst();
  }

  private static boolean isUnitWord(String word) {
    return THOUSAND_WORDS.contains(word) || MILLION_WORDS.contains(word) || SHEKEL_WORDS.contains(word)
        || JOINING_WORDS.contains(word);
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(BETWEEN_WORDS.split(text.strip())).map(MoneyUnit::compact).filter(word -> !word.isEmpty())
        .toList();
  }

  private static String compact(String word) {
    return QUOTES.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
