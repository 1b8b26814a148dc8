package org.maagal.workplans;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Amounts in ILS as Hebrew texts write them: "1,250,000 ₪", agorot only when there are any; and as people type them. */
final class Shekels {

  private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{1,2})?");

  private Shekels() {
  }

  /** What a user typed without the shekel sign ("1,250,000 ₪" is "1,250,000"); null stays null. */
  static String typed(String amount) {
    return amount == null ? null : amount.strip().replace("₪", "").replace("ש\"ח", "").strip();
  }

  /**
   * The amount a user typed ({@link #typed}), when it is a plain amount of shekels and agorot ("250000", "1,250,000.50");
   * never rounded. Whether it is negative is the caller's question.
   */
  static Optional<BigDecimal> parse(String typed) {
    if (typed == null || !AMOUNT.matcher(typed).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(typed.replace(",", "")));
  }

  static String format(BigDecimal amount) {
    var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    return format.format(amount) + " ₪";
  }
}
