package org.maagal.workplans;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in ILS as Hebrew texts write them: "1,250,000 ₪", agorot only when there are any. */
final class Shekels {

  private Shekels() {
  }

  static String format(BigDecimal amount) {
    var format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    return format.format(amount) + " ₪";
  }
}
