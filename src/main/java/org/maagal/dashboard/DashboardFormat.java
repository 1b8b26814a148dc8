package org.maagal.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;

/** The templates' formats ({@code ${fmt.money(x)}}): the same as the printed documents'. */
final class DashboardFormat {

  static final DashboardFormat INSTANCE = new DashboardFormat();

  public String money(BigDecimal amount) {
    return IsraeliFormat.shekels(amount);
  }

  public String number(BigDecimal number) {
    return IsraeliFormat.number(number);
  }

  public String percent(BigDecimal percent) {
    return IsraeliFormat.percent(percent);
  }

  public String day(Instant instant) {
    return instant == null ? "" : IsraeliFormat.day(LocalDate.ofInstant(instant, ApplicationClock.ISRAEL));
  }
}
