package org.maagal.picture;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A year's city picture as the API, the page and the documents show it. {@code closed}: the strategy unit closed
 * phase 1 with {@code summary}; until then the picture is a draft of what has come in. The CEO's emphases and the
 * teams' recommendations come in with the planning (phase 2), after the close.
 */
public record CityPictureView(int year, String municipality, boolean closed, String closedBy, Instant closedAt,
    String summary, City city, List<Channel> channels, List<DomainPart> domains, List<CarriedGaps> carriedGaps,
    String emphases, List<Recommendation> recommendations) {

  /** The research desk's figures beside last year's, its findings, and where they come from. */
  public record City(List<Figure> figures, String findings, String sources, String lastYearSources) {
  }

  /** A figure of the city this year and last; {@code change} is this year's less last year's, when both are known. */
  public record Figure(String label, BigDecimal value, BigDecimal lastYear, BigDecimal change) {
  }

  /** A working team's picture of its channel and its rubric, arena by arena. */
  public record Channel(String teamId, String teamName, String picture, List<Arena> arenas) {
  }

  /** An arena's average over its sub-criteria this year, last year's, and the change; then its sub-criteria. */
  public record Arena(String arena, BigDecimal average, BigDecimal lastYear, BigDecimal change, List<Score> criteria) {
  }

  /** A sub-criterion's score this year (1–5) with the team's comment, last year's, and the change. */
  public record Score(String criterion, Integer score, Integer lastYear, Integer change, String comment) {
  }

  /** The departments of a domain, each under its first domain. */
  public record DomainPart(String domainId, String domainName, List<DepartmentPart> departments) {
  }

  /** A department's assessment, its newest revision; {@code statusName} "טרם הוגשה" when none came. */
  public record DepartmentPart(String departmentId, String departmentName, String statusName, boolean submitted,
      boolean nothingToReport, String state, String achievements, String gaps, String challenges,
      String carriedGapsFollowUp) {
  }

  /** A department's gaps carried from last year, and what it says became of them in its assessment. */
  public record CarriedGaps(String departmentId, String departmentName, List<Gap> gaps, String followUp) {
  }

  /** A gap as last year's review left it: its title, the department's explanation and the treatment it proposed. */
  public record Gap(String title, String explanation, String treatment) {
  }

  /** A working team's recommended goals for its channel. */
  public record Recommendation(String teamName, String text) {
  }

  /** Whether anything of the year's situation assessment has come in. */
  boolean empty() {
    return !closed && channels.isEmpty() && city.sources() == null
        && domains.stream().allMatch(domain -> domain.departments().stream().noneMatch(DepartmentPart::submitted));
  }
}
