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

  /** A change with its sign ("+0.5", "-1", "0"); a dash when there is nothing to compare with. */
  public String change(BigDecimal change) {
    if (change == null) {
      return "—";
    }
    String size = IsraeliFormat.number(change.abs());
    return change.signum() > 0 ? "+" + size : change.signum() < 0 ? "-" + size : "0";
  }

  /** The class a change's cell takes: "up", "down", or none for no change. */
  public String direction(BigDecimal change) {
    return change == null || change.signum() == 0 ? "" : change.signum() > 0 ? "up" : "down";
  }

  public String day(Instant instant) {
    return instant == null ? "" : IsraeliFormat.day(LocalDate.ofInstant(instant, ApplicationClock.ISRAEL));
  }
}
