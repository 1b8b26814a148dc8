package org.maagal.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adherence and budget execution on small reports worked out by hand. */
class AdherenceTest {

  private static final LocalDate MID_YEAR = Round.SEMI_ANNUAL.measuredAt(2026);

  private final List<ActivityReport> activities = new ArrayList<>();
  private final List<LineSpending> lines = new ArrayList<>();

  @Test
  void theSemiAnnualRoundMeasuresAtTheEndOfJuneAndTheAnnualAtTheEndOfDecember() {
    assertThat(MID_YEAR).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(Round.ANNUAL.measuredAt(2026)).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void anActivityIsOnTimeWhenDoneOrInProgressBeforeItsEndAndTheBudgetWeighsIt() {
    activity(1, ActivityStatus.DONE, "2026-03-31");
    line(1, "100000", "90000");
    activity(2, ActivityStatus.IN_PROGRESS, "2026-12-31");
    line(2, "200000", "60000");
    line(2, "50000", "10000");
    activity(3, ActivityStatus.IN_PROGRESS, "2026-05-31"); // its end passed in May: late though nobody said so
    line(3, "150000", "0");
    activity(4, ActivityStatus.DELAYED, "2026-09-30");
    line(4, "400000", "40000");
    activity(5, ActivityStatus.CANCELLED, "2026-10-31"); // no lines: counts, weighs nothing
    activity(6, ActivityStatus.IN_PROGRESS, "2026-06-30"); // ends on the round's day: not passed yet
    line(6, "100000", "25000");

    var adherence = Adherence.of(MID_YEAR, activities, lines);

    // on time: 1 (done), 2 (ends in December), 6 (ends on the day) = 3 of 6 = 50.0%
    assertThat(adherence.activities()).isEqualTo(6);
    assertThat(adherence.onTime()).isEqualTo(3);
    assertThat(adherence.onTimePercent()).isEqualByComparingTo("50.0");
    // planned: 100,000 + 250,000 + 150,000 + 400,000 + 100,000 = 1,000,000
    // on time: 100,000 (1) + 250,000 (2) + 100,000 (6) = 450,000 → 45.0%
    assertThat(adherence.planned()).isEqualByComparingTo("1000000");
    assertThat(adherence.plannedOnTime()).isEqualByComparingTo("450000");
    assertThat(adherence.budgetOnTimePercent()).isEqualByComparingTo("45.0");
    // spent: 90,000 + 70,000 + 0 + 40,000 + 25,000 = 225,000 of 1,000,000 → 22.5%
    assertThat(adherence.spent()).isEqualByComparingTo("225000");
    assertThat(adherence.executionPercent()).isEqualByComparingTo("22.5");
  }

  @Test
  void anInProgressActivityWithoutEndDateIsOnTimeAndPercentagesRoundToOneDecimal() {
    activity(1, ActivityStatus.IN_PROGRESS, null);
    line(1, "300", "100");
    activity(2, ActivityStatus.DELAYED, "2026-04-30");
    line(2, "300", "0");
    activity(3, ActivityStatus.CANCELLED, "2026-04-30");

    var adherence = Adherence.of(MID_YEAR, activities, lines);

    // 1 of 3 = 33.333…% → 33.3; budget 300 of 600 = 50.0%; spent 100 of 600 = 16.666…% → 16.7
    assertThat(adherence.onTimePercent()).isEqualByComparingTo("33.3");
    assertThat(adherence.budgetOnTimePercent()).isEqualByComparingTo("50.0");
    assertThat(adherence.executionPercent()).isEqualByComparingTo("16.7");
  }

  @Test
  void cityWideEveryActivityAndEveryShekelWeighTheSameNotEveryDepartment() {
    // department A: one activity, done, 100 planned, 100 spent (100% on time)
    activity(1, ActivityStatus.DONE, "2026-03-31");
    line(1, "100", "100");
    // department B: three delayed activities of 300 each, nothing spent (0% on time)
    for (long id = 2; id <= 4; id++) {
      activity(id, ActivityStatus.DELAYED, "2026-03-31");
      line(id, "300", "0");
    }

    var city = Adherence.of(MID_YEAR, activities, lines);

    // 1 of 4 activities = 25.0% (not the departments' average, 50%); 100 of 1,000 planned on time = 10.0%;
    // 100 spent of 1,000 = 10.0%
    assertThat(city.onTimePercent()).isEqualByComparingTo("25.0");
    assertThat(city.budgetOnTimePercent()).isEqualByComparingTo("10.0");
    assertThat(city.executionPercent()).isEqualByComparingTo("10.0");
  }

  @Test
  void aReportWithoutActivitiesOrBudgetHasNoPercentages() {
    var adherence = Adherence.of(MID_YEAR, activities, lines);

    assertThat(adherence.activities()).isZero();
    assertThat(adherence.onTimePercent()).isNull();
    assertThat(adherence.budgetOnTimePercent()).isNull();
    assertThat(adherence.executionPercent()).isNull();
    assertThat(adherence.planned()).isEqualByComparingTo("0");
  }

  private void activity(long id, ActivityStatus status, String end) {
    var activity = new ActivityReport(id, "פעילות " + id, end == null ? null : LocalDate.parse(end));
    activity.report(status, status.needsReason() ? "סיבה" : null);
    activities.add(activity);
  }

  private void line(long activityId, String planned, String actual) {
    var line = new LineSpending(lines.size() + 1, activityId, "1-" + activityId, "סעיף", new BigDecimal(planned));
    line.report(new BigDecimal(actual));
    lines.add(line);
  }
}
