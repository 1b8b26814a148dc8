package org.maagal.budget;

/** Where money comes from: the municipality itself, a government ministry, a philanthropic fund or a business partner. */
public enum FundingKind {
  MUNICIPAL("עירוני"),
  GOVERNMENT("משרד ממשלתי"),
  PHILANTHROPY("קרן פילנתרופית"),
  BUSINESS("שותף עסקי");

  private final String hebrewName;

  FundingKind(String hebrewName) {
    this.hebrewName = hebrewName;
  }

  public String hebrewName() {
    return hebrewName;
  }
}
