package org.maagal.workplans;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An additional budget request as the page or a script sends it: the amount in ILS as the user wrote it
 * ("120,000"), what it is for, and where the money would come from ({@code fundingKind}: MUNICIPAL, GOVERNMENT,
 * PHILANTHROPY or BUSINESS, or its Hebrew name; {@code funder}: the ministry or fund, if known).
 */
@Schema(description = "בקשה לתקציב נוסף: סכום בש\"ח, מטרה, מקור מימון (MUNICIPAL, GOVERNMENT, PHILANTHROPY, BUSINESS)"
    + " וגורם מממן")
public record BudgetRequestInput(String amount, String purpose, String fundingKind, String funder) {

  public BudgetRequestInput {
    amount = Shekels.typed(amount);
    purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    funder = funder == null || funder.isBlank() ? null : funder.strip();
  }
}
