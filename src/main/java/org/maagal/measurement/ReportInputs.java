package org.maagal.measurement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.maagal.spreadsheets.SpreadsheetReader;

/**
 * What the page or a script sends to fill a report, read as the spreadsheets are read ("1,250" is 1250,
 * "72%" is 72) and refused with the item named, never rounded or guessed at.
 */
final class ReportInputs {

  private ReportInputs() {
  }

  @Schema(description = "ערך בפועל של מדד (מספר, או טקסט כמו \"1,250\" או \"72%\"; ריק מוחק את הערך) והערה")
  record IndicatorInput(String actual, String note) {
  }

  @Schema(description = "סטטוס פעילות: DONE/בוצע, IN_PROGRESS/בביצוע, DELAYED/באיחור, CANCELLED/בוטל; "
      + "סיבה חובה באיחור ובביטול")
  record ActivityInput(String status, String reason) {
  }

  @Schema(description = "הוצאה בפועל בש\"ח בשורת התקציב (מספר, או טקסט כמו \"1,250\")")
  record SpendingInput(String actual) {
  }

  /** An indicator's actual value, or empty when the user cleared it; numbers of up to 4 decimals. */
  static Optional<BigDecimal> indicatorValue(String written, String indicator) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    var value = SpreadsheetReader.number(written);
    if (value.isEmpty()) {
      throw MeasurementProblems.invalid("indicator value", List.of("הערך '" + written.strip() + "' של המדד '"
          + indicator + "' אינו מספר (למשל 1250, 1,250 או 72%)"));
    }
    if (value.get().scale() > 4) {
      throw MeasurementProblems.invalid("indicator value", List.of("הערך " + written.strip() + " של המדד '"
          + indicator + "' מדויק מדי: עד ארבע ספרות אחרי הנקודה"));
    }
    return value;
  }

  /** A line's actual spending: an amount of shekels and agorot, not negative. */
  static BigDecimal spending(String written, String line) {
    var problems = new ArrayList<String>();
    Optional<BigDecimal> value = Optional.empty();
    if (written == null || written.isBlank()) {
      problems.add(line + ": חסר סכום ההוצאה בפועל");
    } else {
      value = SpreadsheetReader.amount(written);
      if (value.isEmpty()) {
        problems.add(line + ": ההוצאה '" + written.strip() + "' אינה סכום בש\"ח (למשל 250000 או 1,250,000.50)");
      } else if (value.get().signum() < 0) {
        problems.add(line + ": ההוצאה " + written.strip() + " שלילית");
      } else if (value.get().scale() > 2) {
        problems.add(line + ": ההוצאה " + written.strip() + " כוללת יותר משתי ספרות אגורות");
      }
    }
    if (!problems.isEmpty()) {
      throw MeasurementProblems.invalid("spending", problems);
    }
    return value.orElseThrow();
  }

  /** An activity's status and reason; a delay or a cancellation must say why. */
  static ActivityStatus status(ActivityInput input, String activity) {
    var status = ActivityStatus.of(input.status());
    if (status.isEmpty()) {
      throw MeasurementProblems.invalid("activity status", List.of("הסטטוס '" + input.status() + "' של הפעילות '"
          + activity + "' אינו אחד מ: בוצע, בביצוע, באיחור, בוטל"));
    }
    if (status.get().needsReason() && (input.reason() == null || input.reason().isBlank())) {
      throw MeasurementProblems.invalid("activity status", List.of("הפעילות '" + activity + "' מסומנת '"
          + status.get().hebrewName() + "': יש לכתוב את הסיבה"));
    }
    return status.get();
  }
}
