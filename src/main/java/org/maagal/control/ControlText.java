package org.maagal.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import org.maagal.documents.IsraeliFormat;
import org.maagal.forms.FormText;
import org.maagal.measurement.ReportView;
import org.maagal.measurement.TargetStatus;

/** The Hebrew texts of mid-year control: what shows a deviation, and the year's deviations in a few lines each. */
final class ControlText {

  private ControlText() {
  }

  /** "בפועל 410 מול יעד 950 ב-2027 (בסיס 528); הושגו 40% מההתקדמות המצופה עד כה". */
  static String targetDetail(ReportView.IndicatorLine line, TargetStatus status) {
    String unit = line.unit() == null ? "" : " " + line.unit();
    var detail = new StringBuilder("היעד: ").append(line.target()).append(". בפועל ")
        .append(line.actual() == null ? "לא דווח" : IsraeliFormat.number(line.actual()) + unit);
    if (line.targetValue() != null && line.targetValue().value() != null) {
      detail.append(" מול יעד ").append(IsraeliFormat.number(line.targetValue().value())).append(unit);
      if (line.targetValue().year() != null) {
        detail.append(" ב-").append(line.targetValue().year());
      }
    }
    if (line.baseline() != null && line.baseline().value() != null) {
      detail.append(" (בסיס ").append(IsraeliFormat.number(line.baseline().value())).append(")");
    }
    if (status.progressRatio() != null) {
      detail.append("; הושגו ").append(percent(status.progressRatio())).append("% מההתקדמות המצופה עד כה");
    }
    if (line.note() != null) {
      detail.append(". הערת המחלקה: ").append(line.note());
    }
    return detail.toString();
  }

  /** "בסטטוס באיחור (הסיבה); הוצאו 2,000 ₪ מתוך 40,000 ₪ (5%)". */
  static String activityDetail(ReportView.ActivityLine activity, MidYearControl.Money money) {
    var detail = new StringBuilder("סטטוס: ").append(activity.statusName());
    if (activity.reason() != null) {
      detail.append(" (").append(activity.reason()).append(")");
    }
    if (activity.end() != null) {
      detail.append("; מועד הסיום בתכנית ").append(IsraeliFormat.day(activity.end()));
    }
    if (money.planned().signum() != 0) {
      detail.append("; הוצאו ").append(IsraeliFormat.shekels(money.actual())).append(" מתוך ").append(IsraeliFormat.shekels(money.planned()))
          .append(" (").append(percent(money.ratio())).append("%)");
    }
    return detail.toString();
  }

  /** Each deviation in a line, with its department's answer when given. */
  static String summary(ControlView control) {
    var lines = new ArrayList<String>();
    lines.add(control.deviations().size() + " חריגות, " + control.explained() + " מהן עם פעולה מתקנת.");
    for (var deviation : control.deviations()) {
      lines.add("• " + deviation.departmentName() + " — " + deviation.reason() + ": " + deviation.title()
          + (deviation.explained() ? " ← " + deviation.correctiveAction() + " (עד "
              + IsraeliFormat.day(deviation.actionDue()) + ")" : " ← טרם הוסבר"));
    }
    return FormText.of(lines, "כולן בדף הבקרה " + ControlPage.of(control.year()));
  }

  static String percent(BigDecimal ratio) {
    return ratio.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
  }
}
