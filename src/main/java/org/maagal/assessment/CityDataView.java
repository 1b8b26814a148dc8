package org.maagal.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The research desk's city data for a cycle, as the API shows it. */
public record CityDataView(int year, Figures figures, String submittedBy, Instant submittedAt) {

  /** The figures of the research form. */
  public record Figures(BigDecimal residentSatisfaction, Integer surveyYear, Integer surveyRespondents,
      Integer population, Integer yearbookYear, String findings) {

    List<String> problems() {
      var problems = new ArrayList<String>();
      if (residentSatisfaction == null || residentSatisfaction.signum() < 0
          || residentSatisfaction.compareTo(BigDecimal.valueOf(100)) > 0) {
        problems.add("שביעות רצון התושבים חייבת להיות אחוז בין 0 ל-100");
      }
      if (surveyYear == null || surveyYear < 2000 || surveyYear > 2100) {
        problems.add("שנת הסקר חייבת להיות בין 2000 ל-2100");
      }
      if (population == null || population <= 0) {
        problems.add("חסר מספר התושבים");
      }
      if (findings == null || findings.isBlank()) {
        problems.add("חסרים ממצאים עיקריים");
      }
      return problems;
    }
  }
}
