package org.maagal.workplans;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A budget line as the page or a script sends it: a clause code of the budget book and an amount in ILS.
 * The amount is read as the user wrote it — a JSON number, or text such as "1,250,000" — and refused,
 * never rounded, when it is not a plain amount of shekels and agorot.
 */
@Schema(description = "שורת תקציב: קוד סעיף מספר התקציב וסכום בש\"ח (מספר, או טקסט כמו \"1,250,000\")")
public record BudgetLineInput(String clauseCode, String amount) {

  public BudgetLineInput {
    clauseCode = clauseCode == null ? null : clauseCode.strip();
    amount = Shekels.typed(amount);
  }

  /** The amount, when it is one; whether it is negative is the caller's question. */
  Optional<BigDecimal> parsedAmount() {
    return Shekels.parse(amount);
  }
}
