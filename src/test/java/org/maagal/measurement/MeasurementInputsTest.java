package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.ErrorResponseException;

/** What a department writes in its report, read as the spreadsheets are read and refused with the item named. */
class MeasurementInputsTest {

  private static final String INDICATOR = "חברי תנועות נוער";
  private static final String LINE = "שורת התקציב בסעיף 1-817-750 ('תנועות נוער')";

  @Test
  void anIndicatorValueIsReadAsASheetShowsIt() {
    assertThat(ReportInputs.indicatorValue("1,250", INDICATOR)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1250"));
    assertThat(ReportInputs.indicatorValue("72%", INDICATOR)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("72"));
    assertThat(ReportInputs.indicatorValue(" 3.5 ", INDICATOR)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.5"));
    assertThat(ReportInputs.indicatorValue("-4", INDICATOR)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-4"));
  }

  @Test
  void aBlankIndicatorValueClearsIt() {
    assertThat(ReportInputs.indicatorValue("", INDICATOR)).isEmpty();
    assertThat(ReportInputs.indicatorValue(null, INDICATOR)).isEmpty();
  }

  @Test
  void anIndicatorValueThatIsNotANumberIsRefusedNamingTheIndicator() {
    for (String written : List.of("הרבה", "1,25", "12a", "1.2.3")) {
      assertThat(refusal(() -> ReportInputs.indicatorValue(written, INDICATOR)))
          .contains(INDICATOR).contains("'" + written + "'").contains("אינו מספר");
    }
    assertThat(refusal(() -> ReportInputs.indicatorValue("1.23456", INDICATOR))).contains(INDICATOR)
        .contains("עד ארבע ספרות");
  }

  @Test
  void spendingIsAnAmountInShekels() {
    assertThat(ReportInputs.spending("1,250", LINE)).isEqualByComparingTo("1250");
    assertThat(ReportInputs.spending("1,250,000.50 ₪", LINE)).isEqualByComparingTo("1250000.50");
    assertThat(ReportInputs.spending("0", LINE)).isEqualByComparingTo("0");
  }

  @Test
  void negativeMissingOrUnreadableSpendingIsRefusedNamingTheLine() {
    assertThat(refusal(() -> ReportInputs.spending("-5", LINE))).contains(LINE).contains("שלילית");
    assertThat(refusal(() -> ReportInputs.spending("אלף", LINE))).contains(LINE).contains("אינה סכום");
    assertThat(refusal(() -> ReportInputs.spending(" ", LINE))).contains(LINE).contains("חסר סכום");
    assertThat(refusal(() -> ReportInputs.spending("10.555", LINE))).contains(LINE).contains("אגורות");
  }

  @Test
  void aStatusIsWrittenByItsNameOrItsHebrewName() {
    assertThat(ReportInputs.status(new ReportInputs.ActivityInput("DONE", null), "קייטנה"))
        .isEqualTo(ActivityStatus.DONE);
    assertThat(ReportInputs.status(new ReportInputs.ActivityInput("בביצוע", ""), "קייטנה"))
        .isEqualTo(ActivityStatus.IN_PROGRESS);
    assertThat(ReportInputs.status(new ReportInputs.ActivityInput("בוטל", "אין תקציב"), "קייטנה"))
        .isEqualTo(ActivityStatus.CANCELLED);
  }

  @Test
  void aDelayOrACancellationWithoutReasonIsRefusedNamingTheActivity() {
    assertThat(refusal(() -> ReportInputs.status(new ReportInputs.ActivityInput("DELAYED", " "), "קייטנה")))
        .contains("'קייטנה'").contains("באיחור").contains("סיבה");
    assertThat(refusal(() -> ReportInputs.status(new ReportInputs.ActivityInput("CANCELLED", null), "קייטנה")))
        .contains("'קייטנה'").contains("בוטל").contains("סיבה");
  }

  @Test
  void anUnknownStatusIsRefusedWithTheFourThatExist() {
    assertThat(refusal(() -> ReportInputs.status(new ReportInputs.ActivityInput("FINISHED", null), "קייטנה")))
        .contains("'FINISHED'").contains("'קייטנה'").contains("בוצע, בביצוע, באיחור, בוטל");
  }

  @Test
  void roundsAreWrittenInPathsAsSemiAnnualAndAnnual() {
    assertThat(Round.ofPath("semi-annual")).contains(Round.SEMI_ANNUAL);
    assertThat(Round.ofPath("annual")).contains(Round.ANNUAL);
    assertThat(Round.ofPath("quarterly")).isEmpty();
  }

  private static String refusal(Runnable call) {
    var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(call::run, ErrorResponseException.class);
    assertThat(thrown).as("refused").isNotNull();
    assertThat(thrown.getStatusCode().value()).isEqualTo(400);
    return thrown.getBody().getDetail();
  }
}
