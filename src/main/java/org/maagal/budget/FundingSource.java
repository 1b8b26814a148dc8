package org.maagal.budget;

/**
 * A funding source: its kind and, for all but the municipality's own money, the funder's name
 * ("משרד החינוך", "קרן רש\"י"). Its label names it in Hebrew and is the key of a ceiling per source.
 */
public record FundingSource(FundingKind kind, String funder) {

  public static final FundingSource MUNICIPAL = new FundingSource(FundingKind.MUNICIPAL, null);

  public String label() {
    return kind == FundingKind.MUNICIPAL || funder == null || funder.isBlank() ? kind.hebrewName() : funder;
  }
}
