package org.maagal.workplans;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An activity as the page or a script sends it. Milestones are the four quarters' milestones in order
 * (fewer are padded with blanks); targets are ids of targets of the cycle's approved goal tree; emphases are the
 * numbers (from 1) of the CEO's emphases of the year that the activity serves.
 */
@Schema(description = "פעילות: כותרת (חובה), אחראי, תאריכי התחלה וסיום, אבני דרך רבעוניות, מדד תפוקה, יעדים, "
    + "מספרי הדגשים הניהוליים שהיא משרתת")
public record ActivityInput(String title, String owner, LocalDate start, LocalDate end, List<String> milestones,
    String outputMeasure, List<Long> targetIds, List<Integer> emphases) {

  static final int QUARTERS = 4;

  public ActivityInput {
    title = blankToNull(title);
    owner = blankToNull(owner);
    outputMeasure = blankToNull(outputMeasure);
    var quarters = new ArrayList<String>();
    if (milestones != null) {
      milestones.stream().limit(QUARTERS).map(ActivityInput::blankToNull).forEach(quarters::add);
    }
    while (quarters.size() < QUARTERS) {
      quarters.add(null);
    }
    milestones = quarters;
    targetIds = targetIds == null ? List.of() : targetIds.stream().distinct().toList();
    emphases = emphases == null ? List.of() : emphases.stream().distinct().toList();
  }

  /** What is wrong with the activity, in Hebrew; empty when nothing is. */
  List<String> problems() {
    var problems = new ArrayList<String>();
    if (title == null) {
      problems.add("לפעילות חסרה כותרת");
    } else if (title.length() > 500) {
      problems.add("כותרת הפעילות ארוכה מ-500 תווים");
    }
    if (start != null && end != null && end.isBefore(start)) {
      problems.add("תאריך הסיום (" + end + ") קודם לתאריך ההתחלה (" + start + ")");
    }
    if (owner != null && owner.length() > 200) {
      problems.add("שם האחראי ארוך מ-200 תווים");
    }
    for (var text : milestones) {
      if (text != null && text.length() > 500) {
        problems.add("אבן דרך ארוכה מ-500 תווים");
      }
    }
    if (outputMeasure != null && outputMeasure.length() > 500) {
      problems.add("מדד התפוקה ארוך מ-500 תווים");
    }
    return problems;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
