package org.maagal.cycle;

import java.util.Arrays;

/** The phases of the cycle in their order, each a call activity of {@code annual-planning-cycle}. */
public enum CyclePhase {
  SITUATION_ASSESSMENT("situationAssessment", "הערכת מצב"),
  GOAL_PLANNING("goalPlanning", "תכנון וחשיבה"),
  WORK_PLANS("workPlans", "תכניות עבודה מקושרות תקציב"),
  MEASUREMENT("measurement", "מדידה ובקרה"),
  REVIEW("review", "ניתוח והערכה"),
  COMPLETED("cycleCompleted", "המעגל הסתיים");

  private final String activityId;
  private final String hebrewName;

  CyclePhase(String activityId, String hebrewName) {
    this.activityId = activityId;
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }

  /** The phase whose Hebrew name a process carries in its {@code phaseName} variable. */
  public static java.util.Optional<CyclePhase> ofHebrewName(String name) {
    return Arrays.stream(values()).filter(phase -> phase.hebrewName.equals(name)).findFirst();
  }

  static CyclePhase ofActivity(String activityId) {
    return Arrays.stream(values()).filter(phase -> phase.activityId.equals(activityId)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No cycle phase for activity " + activityId));
  }
}
