package org.maagal.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers, amounts and days as Israelis write them, so that every document says them the same way: a comma
 * between thousands and a point before decimals (1,250; 72.5%), the shekel sign after the amount, the
 * day before the month.
 */
public final class IsraeliFormat {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private IsraeliFormat() {
  }

  /** "1,250", "3.25": up to two decimals, as many as the number needs; blank for null. */
  public static String number(BigDecimal number) {
    return number == null ? "" : format("#,##0.##", number);
  }

  /** "72.5%": a percentage (72.5, not 0.725) to one decimal, as many as it needs; blank for null. */
  public static String percent(BigDecimal percent) {
    return percent == null ? "" : format("#,##0.#", percent) + "%";
  }

  /** Whole shekels with the shekel sign after, on the number's line: "1,250,000 ₪"; null is 0 ₪. */
  public static String shekels(BigDecimal amount) {
    return format("#,##0", amount == null ? BigDecimal.ZERO : amount) + "\u00a0₪";
  }

  /** "31/12/2027"; blank for null. */
  public static String day(LocalDate day) {
    return day == null ? "" : DAY.format(day);
  }

  private static String format(String pattern, BigDecimal number) {
    // a new format each call, since DecimalFormat is not thread-safe
    var format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.US));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(number);
  }
}
