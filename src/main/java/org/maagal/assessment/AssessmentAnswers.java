package org.maagal.assessment;

import java.util.ArrayList;
import java.util.List;

/**
 * What a department answers in its assessment form; with nothing to report, the four texts may stay empty.
 * {@code carriedGapsFollowUp}: what became of the gaps the steering committee carried into this year (the form asks
 * only a department that has them).
 */
public record AssessmentAnswers(boolean nothingToReport, String state, String achievements, String gaps,
    String challenges, String carriedGapsFollowUp) {

  /** The Hebrew reasons this answer cannot be stored; empty when it can. */
  List<String> problems() {
    var problems = new ArrayList<String>();
    if (!nothingToReport) {
      required(state, "תמונת מצב", problems);
      required(achievements, "הישגים", problems);
      required(gaps, "פערים", problems);
      required(challenges, "אתגרים לשנה הבאה", problems);
    }
    for (String text : new String[] {state, achievements, gaps, challenges, carriedGapsFollowUp}) {
      if (text != null && text.length() > DepartmentAssessment.MAX_TEXT) {
        problems.add("טקסט ארוך מ-" + DepartmentAssessment.MAX_TEXT + " תווים");
      }
    }
    return problems;
  }

  private static void required(String text, String label, List<String> problems) {
    if (text == null || text.isBlank()) {
      problems.add("חסר: " + label);
    }
  }
}
