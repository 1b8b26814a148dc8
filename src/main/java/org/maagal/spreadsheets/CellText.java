package org.maagal.spreadsheets;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the text of a cell is cleaned, compared as a header, and read as a number. */
final class CellText {

  // Hebrew text pasted from the web or Word often carries no-break spaces and direction marks at its ends.
  private static final String SPACE = "[\\s\\p{Z}\\u200E\\u200F\\u202A-\\u202E\\uFEFF]+";
  private static final Pattern EDGE_SPACE = Pattern.compile("^" + SPACE + "|" + SPACE + "$");
  // Headers differ in quotes (״ " '), brackets, dashes, niqqud and spacing, never in their words.
  private static final Pattern NOT_A_WORD = Pattern.compile("[\\p{P}\\p{S}\\p{M}\\s\\p{Z}\\u200E\\u200F\\uFEFF]+");
  // A comma only as a thousands separator: "1,25" is a European decimal we refuse to guess at.
  private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
  private static final Pattern PERCENT_SIGN = Pattern.compile("^%\\s*|\\s*%$");
  private static final String SHEKEL = "(?:₪|ש\"ח|ש״ח|ש''ח|שקלים|NIS|ILS)";
  private static final Pattern CURRENCY = Pattern.compile("^" + SHEKEL + "\\s*|\\s*" + SHEKEL + "$");
  private static final Pattern GROUP_SPACE = Pattern.compile("(?<=\\d)[ \u00A0\u202F](?=\\d{3}(?!\\d))");
  // Excel writes a character XML cannot hold (a carriage return, a control character) as _xHHHH_.
  private static final Pattern EXCEL_ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private CellText() {
  }

  /** A cell's text as Excel stored it in XML, its _xHHHH_ escapes turned back into their characters (as POI does). */
  static String excelEscapesDecoded(String text) {
    if (!text.contains("_x")) {
      return text;
    }
    return EXCEL_ESCAPE.matcher(text)
        .replaceAll(match -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(match.group(1), 16))));
  }

  /** Whether nothing is left of a text once trimmed ({@link #trimmed}), without a copy: a cell is read by it. */
  static boolean blank(CharSequence text) {
    for (int index = 0; index < text.length(); index++) {
      char c = text.charAt(index);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r') || c == '\u200E' || c == '\u200F'
          || (c >= '\u202A' && c <= '\u202E') || c == '\uFEFF' || Character.getType(c) == Character.SPACE_SEPARATOR
          || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR;
      if (!space) {
        return false;
      }
    }
    return true;
  }

  /** The text without the spaces around it; null when nothing is left. */
  static String trimmed(String text) {
    if (text == null) {
      return null;
    }
    String value = EDGE_SPACE.matcher(text).replaceAll("");
    return value.isEmpty() ? null : value;
  }

  /** A header reduced to its words, for comparing spellings: "יעד (ערך)" and "יעד - ערך" are "יעד ערך". */
  static String headerName(String header) {
    if (header == null) {
      return "";
    }
    return NOT_A_WORD.matcher(header).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The number a cell shows: "1,250" is 1250; "72%" is 72, the number the user sees, as a
   * percent-formatted Excel cell is (the unit column says it is a percentage).
   */
  static Optional<BigDecimal> number(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = PERCENT_SIGN.matcher(text).replaceAll("").replace('\u2212', '-');
    if (!NUMBER.matcher(plain).matches()) {
      return Optional.empty();
    }
    return Optional.of(canonical(new BigDecimal(plain.replace(",", ""))));
  }

  /**
   * An amount as people write it in a cell or a form: a number as {@link #number} reads it, also with the shekel's
   * sign or name before or after it ("₪ 1,250,000", "1,250,000 ש\"ח") and with spaces between its thousands
   * ("1 250 000").
   */
  static Optional<BigDecimal> amount(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String plain = CURRENCY.matcher(text.strip()).replaceAll("");
    return number(GROUP_SPACE.matcher(plain).replaceAll(","));
  }

  /** Whether the whole text is a number as the reader reads it, without a percent sign: "-1,200.50", "72". */
  static boolean isPlainNumber(String text) {
    return NUMBER.matcher(text).matches();
  }

  /** Numbers compare by value, but records by scale too: 950, 950.0 and 9.5E+2 all become 950. */
  static BigDecimal canonical(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
