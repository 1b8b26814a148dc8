package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.maagal.goals.GoalTreeView.Measure;

class RebaselineTest {

  @Test
  void aMeasuredIndicatorTakesItsActualAsTheBaselineOfTheMeasuredYear() {
    var youth = line("הגדלת ההשתתפות בתנועות נוער", "מספר חניכים", "528");
    var guides = line("הגדלת ההשתתפות בתנועות נוער", "מספר מדריכים", "30");

    int rebased = Rebaseline.apply(List.of(youth, guides),
        Map.of(new IndicatorActuals.Key("הגדלת ההשתתפות בתנועות נוער", "מספר חניכים"), new BigDecimal("640")), 2027);

    assertThat(rebased).isOne();
    assertThat(baseline(youth)).isEqualTo(new Measure(new BigDecimal("640"), 2027));
    assertThat(baseline(guides)).as("not measured").isEqualTo(new Measure(new BigDecimal("30"), 2025));
  }

  @Test
  void anIndicatorIsKnownByItsTargetAndItsText() {
    var sameNameOtherTarget = line("הרחבת ההתנדבות", "מספר חניכים", "100");

    int rebased = Rebaseline.apply(List.of(sameNameOtherTarget),
        Map.of(new IndicatorActuals.Key("הגדלת ההשתתפות בתנועות נוער", "מספר חניכים"), new BigDecimal("640")), 2027);

    assertThat(rebased).isZero();
    assertThat(baseline(sameNameOtherTarget)).isEqualTo(new Measure(new BigDecimal("100"), 2025));
  }

  @Test
  void aGoalWithoutIndicatorsAndATreeWithoutActualsStayAsTheyWere() {
    var goalOnly = new GoalTreeLine(new GoalTreeRow("חינוך", "מטרה בלי יעדים", null, null, null, null, null, null,
        null, null, null, null, false), "education", null);
    var youth = line("הגדלת ההשתתפות בתנועות נוער", "מספר חניכים", "528");

    assertThat(Rebaseline.apply(List.of(goalOnly, youth), Map.of(), 2027)).isZero();
    assertThat(baseline(goalOnly)).isEqualTo(new Measure(null, null));
    assertThat(baseline(youth)).isEqualTo(new Measure(new BigDecimal("528"), 2025));
  }

  @Test
  void theVersionsSourceSaysHowManyBaselinesCameFromTheMeasurement() {
    assertThat(Rebaseline.describe(2027, 14)).isEqualTo(", ערכי הבסיס מהמדידה של 2027: 14 מדדים");
    assertThat(Rebaseline.describe(2027, 1)).isEqualTo(", ערכי הבסיס מהמדידה של 2027: מדד אחד");
    assertThat(Rebaseline.describe(2027, 0)).isEmpty();
  }

  private static GoalTreeLine line(String target, String indicator, String baseline) {
    return new GoalTreeLine(new GoalTreeRow("חינוך", "העצמת בני נוער", target, indicator, "חניכים",
        Direction.HIGHER_IS_BETTER, new BigDecimal(baseline), 2025, new BigDecimal("950"), 2028,
        "מחלקת נוער וצעירים", null, false), "education", "youth");
  }

  private static Measure baseline(GoalTreeLine line) {
    var row = line.row(null, null);
    return new Measure(row.baselineValue(), row.baselineYear());
  }
}
