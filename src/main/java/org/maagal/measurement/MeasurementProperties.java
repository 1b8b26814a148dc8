package org.maagal.measurement;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the measurement rounds open, each written month-day ("07-01" is 1 July): the semi-annual round on
 * {@code semiAnnualOpens} of the cycle's year, the annual round on {@code annualOpens} of the year after
 * (the year is over and its figures are in).
 */
@ConfigurationProperties("maagal.measurement")
record MeasurementProperties(String semiAnnualOpens, String annualOpens) {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  MeasurementProperties {
    semiAnnualOpens = semiAnnualOpens == null ? "07-01" : semiAnnualOpens;
    annualOpens = annualOpens == null ? "01-15" : annualOpens;
    parse(semiAnnualOpens);
    parse(annualOpens);
  }

  MonthDay semiAnnualDay() {
    return parse(semiAnnualOpens);
  }

  MonthDay annualDay() {
    return parse(annualOpens);
  }

  private static MonthDay parse(String written) {
    try {
      return MonthDay.parse(written, MONTH_DAY);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("maagal.measurement: '" + written + "' is not a month-day such as 07-01", e);
    }
  }
}
