package org.maagal.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;

/**
 * A year of the public site as its page, its CSV and its booklet show it: the published goal tree, with each
 * target's money and each indicator's last measured value and status where those parts are published too. Every
 * value is already written as the reader sees it (1,250; 1,250,000 ₪; 31/12/2027).
 */
record PublicYearPage(int year, String municipality, String vision, boolean hasGoals, boolean hasMoney,
    boolean hasResults, List<String> notPublished, String measuredAt, List<DomainRow> domains, List<SumRow> bySource,
    List<SumRow> byDomain, String total, List<CarriedRow> carried, List<String> publishedOn) {

  record DomainRow(String id, String name, List<GoalRow> goals) {
  }

  record GoalRow(String title, List<TargetRow> targets) {
  }

  record TargetRow(String title, String money, String moneyBySource, List<IndicatorRow> indicators) {
  }

  /** {@code status}: green, amber, red or none (the colour), with its {@code statusWord} in the page's language. */
  record IndicatorRow(String name, String unit, String department, boolean ceoIndicator, String baseline,
      String target, String actual, String status, String statusWord) {
  }

  record SumRow(String name, String amount) {
  }

  record CarriedRow(String department, String indicator, String title, String kind) {
  }

  static PublicYearPage of(int year, Map<PublishedPart, PublicationService.Published> parts, SiteLanguage language) {
    var goals = snapshot(parts, PublishedPart.GOALS).map(Snapshot::goals).orElse(null);
    var money = snapshot(parts, PublishedPart.MONEY).map(Snapshot::money).orElse(null);
    var results = snapshot(parts, PublishedPart.RESULTS).map(Snapshot::results).orElse(null);
    var notPublished = new ArrayList<String>();
    for (PublishedPart part : PublishedPart.values()) {
      if (!parts.containsKey(part)) {
        notPublished.add(language.text("notPublished." + part.name()));
      }
    }
    var domains = goals == null ? List.<DomainRow>of() : domains(goals, money, results, language);
    String measuredAt = results == null ? null : language.text("measuredAt",
        language.text("round." + results.round()), IsraeliFormat.day(results.measuredAt()));
    var carried = results == null ? List.<CarriedRow>of() : results.carried().stream()
        .map(gap -> new CarriedRow(gap.department(), gap.indicator(), gap.title(), language.text("gapKind." + gap.kind())))
        .toList();
    var publishedOn = parts.values().stream().map(PublicationService.Published::decidedAt)
        .filter(java.util.Objects::nonNull).max(Instant::compareTo)
        .map(at -> List.of(language.text("published", IsraeliFormat.day(LocalDate.ofInstant(at, ApplicationClock.ISRAEL)))))
        .orElse(List.of());
    return new PublicYearPage(year, goals == null ? null : goals.municipality(), goals == null ? null : goals.vision(),
        goals != null, money != null, results != null, notPublished, measuredAt, domains,
        money == null ? List.of() : sums(money.bySource()), money == null ? List.of() : sums(money.byDomain()),
        money == null ? null : IsraeliFormat.shekels(money.total()), carried, publishedOn);
  }

  private static Optional<Snapshot> snapshot(Map<PublishedPart, PublicationService.Published> parts,
      PublishedPart part) {
    return Optional.ofNullable(parts.get(part)).map(PublicationService.Published::snapshot);
  }

  private static List<DomainRow> domains(Snapshot.Goals goals, Snapshot.Money money, Snapshot.Results results,
      SiteLanguage language) {
    var rows = new Rows(money, results, language);
    return goals.domains().stream().map(domain -> new DomainRow(domain.id(), domain.name(), domain.goals().stream()
        .map(goal -> new GoalRow(goal.title(), goal.targets().stream().map(rows::target).toList())).toList()))
        .toList();
  }

  /** A target's and an indicator's row, with the money and the values the published parts give them. */
  private static final class Rows {

    private final boolean hasMoney;
    private final boolean hasResults;
    private final SiteLanguage language;
    private final Map<Long, Snapshot.TargetSum> moneyOf = new HashMap<>();
    private final Map<List<Object>, Snapshot.Measured> measuredOf = new HashMap<>();

    Rows(Snapshot.Money money, Snapshot.Results results, SiteLanguage language) {
      this.hasMoney = money != null;
      this.hasResults = results != null;
      this.language = language;
      if (money != null) {
        money.targets().forEach(target -> moneyOf.put(target.targetId(), target));
      }
      if (results != null) {
        results.indicators().forEach(value -> measuredOf.put(List.of(value.targetId(), value.indicator()), value));
      }
    }

    TargetRow target(Snapshot.Target target) {
      var sum = moneyOf.get(target.id());
      String amount = hasMoney ? IsraeliFormat.shekels(sum == null ? BigDecimal.ZERO : sum.amount()) : null;
      String bySource = sum == null ? null : sum.bySource().stream()
          .map(source -> source.name() + ": " + IsraeliFormat.shekels(source.amount()))
          .collect(Collectors.joining(" · "));
      return new TargetRow(target.title(), amount, bySource, target.indicators().stream()
          .map(indicator -> indicator(target.id(), indicator)).toList());
    }

    private IndicatorRow indicator(long targetId, Snapshot.Indicator indicator) {
      var measured = measuredOf.get(List.of(targetId, indicator.name()));
      String status = measured != null ? measured.status() : hasResults ? "none" : null;
      return new IndicatorRow(indicator.name(), indicator.unit(), indicator.department(), indicator.ceoIndicator(),
          measure(indicator.baseline(), indicator.baselineYear()), measure(indicator.target(), indicator.targetYear()),
          measured == null ? null : IsraeliFormat.number(measured.actual()), status,
          status == null ? null : language.text("status." + status));
    }
  }

  /** An indicator with the domain, goal and target it stands under: a line of the CSV. */
  record Line(DomainRow domain, GoalRow goal, TargetRow target, IndicatorRow indicator) {
  }

  /** Every indicator of the tree, in its order, with what it stands under. */
  List<Line> lines() {
    var lines = new ArrayList<Line>();
    domains.forEach(domain -> domain.goals().forEach(goal -> goal.targets().forEach(target ->
        target.indicators().forEach(indicator -> lines.add(new Line(domain, goal, target, indicator))))));
    return lines;
  }

  private static String measure(BigDecimal value, Integer year) {
    if (value == null) {
      return "";
    }
    return IsraeliFormat.number(value) + (year == null ? "" : " (" + year + ")");
  }

  private static List<SumRow> sums(List<Snapshot.Sum> sums) {
    return sums.stream().map(sum -> new SumRow(sum.name(), IsraeliFormat.shekels(sum.amount()))).toList();
  }
}
