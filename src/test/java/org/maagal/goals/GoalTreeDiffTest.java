package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maagal.goals.GoalTreeChanges.Counts;
import org.maagal.goals.GoalTreeChanges.FieldChange;
import org.maagal.goals.GoalTreeChanges.Level;

class GoalTreeDiffTest {

  static final GoalTreeRow YOUTH = indicator("חינוך", "העצמת בני נוער", "הגדלת ההשתתפות בתנועות נוער",
      "מספר חניכים", "950.0000");
  static final GoalTreeRow DROPOUTS = indicator("חינוך", "צמצום נשירה", "הורדת שיעור הנושרים", "שיעור נשירה", "3");

  @Test
  void oneEditedTargetValueAndOneAddedGoalAreExactlyTheChanges() {
    var edited = withTargetValue(YOUTH, "1000");
    var newGoal = new GoalTreeRow("תרבות", "הרחבת הפעילות בספריות", null, null, null, null, null, null, null, null,
        null, null, false);

    var changes = GoalTreeDiff.between(List.of(YOUTH, DROPOUTS), List.of(edited, DROPOUTS, newGoal));

    assertThat(changes.added()).singleElement().satisfies(added -> {
      assertThat(added.level()).isEqualTo(Level.GOAL);
      assertThat(added.domain()).isEqualTo("תרבות");
      assertThat(added.goal()).isEqualTo("הרחבת הפעילות בספריות");
    });
    assertThat(changes.removed()).isEmpty();
    assertThat(changes.changed()).singleElement().satisfies(changed -> {
      assertThat(changed.level()).isEqualTo(Level.INDICATOR);
      assertThat(changed.indicator()).isEqualTo("מספר חניכים");
      assertThat(changed.fields()).containsExactly(
          new FieldChange("targetValue", "ערך יעד", new BigDecimal("950"), new BigDecimal("1000")));
      assertThat(changed.before().target().value()).isEqualByComparingTo("950");
      assertThat(changed.after().target().value()).isEqualByComparingTo("1000");
    });
    assertThat(changes.summary().added()).isEqualTo(new Counts(1, 0, 0));
    assertThat(changes.summary().changed()).isEqualTo(new Counts(0, 0, 1));
    assertThat(changes.summary().removed()).isEqualTo(new Counts(0, 0, 0));
  }

  @Test
  void theSameValuesWrittenWithOtherDecimalsAreNoChange() {
    var changes = GoalTreeDiff.between(List.of(YOUTH), List.of(withTargetValue(YOUTH, "950")));

    assertThat(changes.added()).isEmpty();
    assertThat(changes.removed()).isEmpty();
    assertThat(changes.changed()).isEmpty();
  }

  @Test
  void aRewordedGoalIsARemovalAndAnAddition() {
    var reworded = new GoalTreeRow("חינוך", "צמצום הנשירה מבתי הספר", DROPOUTS.target(), DROPOUTS.indicator(),
        DROPOUTS.unit(), DROPOUTS.direction(), DROPOUTS.baselineValue(), DROPOUTS.baselineYear(),
        DROPOUTS.targetValue(), DROPOUTS.targetYear(), DROPOUTS.ownerDepartment(), DROPOUTS.dataSource(),
        DROPOUTS.ceoIndicator());

    var changes = GoalTreeDiff.between(List.of(YOUTH, DROPOUTS), List.of(YOUTH, reworded));

    assertThat(changes.removed()).extracting(GoalTreeChanges.Change::goal).containsExactly("צמצום נשירה");
    assertThat(changes.added()).extracting(GoalTreeChanges.Change::goal).containsExactly("צמצום הנשירה מבתי הספר");
    assertThat(changes.changed()).isEmpty();
  }

  @Test
  void aNewTargetInAnOldGoalAndARemovedIndicatorAreNamedAtTheirOwnLevel() {
    var secondIndicator = indicator("חינוך", "העצמת בני נוער", "הגדלת ההשתתפות בתנועות נוער", "מספר מדריכים", "80");
    var newTarget = indicator("חינוך", "העצמת בני נוער", "הרחבת ההתנדבות", "מספר מתנדבים", "300");
    var secondIndicatorOfNewTarget = indicator("חינוך", "העצמת בני נוער", "הרחבת ההתנדבות", "שעות התנדבות", "5000");

    var changes = GoalTreeDiff.between(List.of(YOUTH, secondIndicator),
        List.of(YOUTH, newTarget, secondIndicatorOfNewTarget));

    assertThat(changes.added()).singleElement().satisfies(added -> {
      assertThat(added.level()).isEqualTo(Level.TARGET);
      assertThat(added.target()).isEqualTo("הרחבת ההתנדבות");
    });
    assertThat(changes.removed()).singleElement().satisfies(removed -> {
      assertThat(removed.level()).isEqualTo(Level.INDICATOR);
      assertThat(removed.indicator()).isEqualTo("מספר מדריכים");
      assertThat(removed.before().target().value()).isEqualByComparingTo("80");
      assertThat(removed.after()).isNull();
    });
  }

  @Test
  void everyChangedValueOfALineIsListedWithItsOldAndNewValue() {
    var moved = new GoalTreeRow(YOUTH.domain(), YOUTH.goal(), YOUTH.target(), YOUTH.indicator(), "משתתפים",
        Direction.LOWER_IS_BETTER, new BigDecimal("530"), 2026, YOUTH.targetValue(), 2028, "מחלקת נוער",
        "סקר תושבים", true);

    var changes = GoalTreeDiff.between(List.of(YOUTH), List.of(moved));

    assertThat(changes.changed()).singleElement().satisfies(changed -> assertThat(changed.fields())
        .extracting(FieldChange::field).containsExactly("unit", "direction", "baselineValue", "baselineYear",
            "targetYear", "ownerDepartment", "dataSource", "ceoIndicator"));
  }

  @Test
  void aCeoIndicatorMarkedOrUnmarkedIsAChange() {
    var marked = asCeoIndicator(YOUTH, true);

    var marking = GoalTreeDiff.between(List.of(YOUTH, DROPOUTS), List.of(marked, DROPOUTS));
    var unmarking = GoalTreeDiff.between(List.of(marked), List.of(YOUTH));

    assertThat(marking.changed()).singleElement().satisfies(changed -> {
      assertThat(changed.indicator()).isEqualTo(YOUTH.indicator());
      assertThat(changed.fields()).containsExactly(new FieldChange("ceoIndicator", "מדד מנכ\"ל", false, true));
      assertThat(changed.before().ceoIndicator()).isFalse();
      assertThat(changed.after().ceoIndicator()).isTrue();
    });
    assertThat(marking.summary().changed()).isEqualTo(new Counts(0, 0, 1));
    assertThat(unmarking.changed()).singleElement().extracting(GoalTreeChanges.Change::fields).asList()
        .containsExactly(new FieldChange("ceoIndicator", "מדד מנכ\"ל", true, false));
  }

  private static GoalTreeRow indicator(String domain, String goal, String target, String indicator, String value) {
    return new GoalTreeRow(domain, goal, target, indicator, "חניכים", Direction.HIGHER_IS_BETTER,
        new BigDecimal("528"), 2025, new BigDecimal(value), 2027, "מחלקת נוער וצעירים", "רישומי התנועות",
        false);
  }

  private static GoalTreeRow withTargetValue(GoalTreeRow row, String value) {
    return new GoalTreeRow(row.domain(), row.goal(), row.target(), row.indicator(), row.unit(), row.direction(),
        row.baselineValue(), row.baselineYear(), new BigDecimal(value), row.targetYear(), row.ownerDepartment(),
        row.dataSource(), row.ceoIndicator());
  }

  private static GoalTreeRow asCeoIndicator(GoalTreeRow row, boolean ceoIndicator) {
    return new GoalTreeRow(row.domain(), row.goal(), row.target(), row.indicator(), row.unit(), row.direction(),
        row.baselineValue(), row.baselineYear(), row.targetValue(), row.targetYear(), row.ownerDepartment(),
        row.dataSource(), ceoIndicator);
  }
}
