package org.maagal.workplans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.maagal.budget.FundingKind;

/** An additional budget request's input or finance's decision on it, checked: every problem named in Hebrew at once. */
record ValidRequest(BigDecimal amount, FundingKind kind) {

  static final int LONGEST_PURPOSE = 1000;
  static final int LONGEST_FUNDER = 200;

  static ValidRequest of(BudgetRequestInput input) {
    var problems = new ArrayList<String>();
    var amount = positive(input.amount(), "הסכום המבוקש", problems);
    if (input.purpose() == null) {
      problems.add("חסרה מטרת הבקשה");
    } else if (input.purpose().length() > LONGEST_PURPOSE) {
      problems.add("מטרת הבקשה עד " + LONGEST_PURPOSE + " תווים");
    }
    if (input.funder() != null && input.funder().length() > LONGEST_FUNDER) {
      problems.add("הגורם המממן עד " + LONGEST_FUNDER + " תווים");
    }
    var kind = Arrays.stream(FundingKind.values())
        .filter(candidate -> candidate.name().equals(input.fundingKind())
            || candidate.hebrewName().equals(input.fundingKind())).findFirst();
    if (kind.isEmpty()) {
      problems.add("מקור המימון '" + (input.fundingKind() == null ? "" : input.fundingKind()) + "' אינו אחד מ: "
          + String.join(", ", Arrays.stream(FundingKind.values()).map(FundingKind::hebrewName).toList()));
    }
    refuseIfAny(problems, "budget request");
    return new ValidRequest(amount, kind.orElseThrow());
  }

  /** The money finance gives: all that was asked, part of it (less than asked), or none. */
  static BigDecimal granted(RequestDecision decision, BigDecimal asked) {
    var problems = new ArrayList<String>();
    BigDecimal granted = null;
    if (decision.status() == null || decision.status() == RequestStatus.REQUESTED) {
      problems.add("ההחלטה היא אחת מ: אושר בסעיף חדש, אושר חלקית, נדחה לתקציב השנה הבאה, נדחה");
    } else if (decision.status() == RequestStatus.APPROVED) {
      granted = asked;
    } else if (decision.status() == RequestStatus.PARTLY_APPROVED) {
      granted = positive(decision.approvedAmount(), "הסכום שאושר", problems);
      if (granted != null && granted.compareTo(asked) >= 0) {
        problems.add("באישור חלקי הסכום שאושר קטן מהמבוקש (" + Shekels.format(asked) + ")");
      }
    }
    if (decision.status() != null && decision.status().grants() && decision.clauseCode() == null) {
      problems.add("כסף שאושר נרשם בסעיף תקציב חדש: חסר קוד הסעיף");
    }
    if (decision.note() != null && decision.note().length() > LONGEST_PURPOSE) {
      problems.add("ההערה עד " + LONGEST_PURPOSE + " תווים");
    }
    refuseIfAny(problems, "decision");
    return granted;
  }

  private static BigDecimal positive(String typed, String what, List<String> problems) {
    if (typed == null || typed.isEmpty()) {
      problems.add("חסר " + what);
      return null;
    }
    var amount = Shekels.parse(typed);
    if (amount.isEmpty() || amount.get().signum() <= 0) {
      problems.add(what + " '" + typed + "' אינו סכום חיובי בש\"ח (למשל 120000 או 120,000)");
      return null;
    }
    return amount.get();
  }

  private static void refuseIfAny(List<String> problems, String what) {
    if (!problems.isEmpty()) {
      throw WorkPlanProblems.invalid(what, problems);
    }
  }
}
