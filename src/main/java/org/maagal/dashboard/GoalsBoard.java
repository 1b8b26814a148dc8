package org.maagal.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maagal.cycle.CycleView;
import org.maagal.review.ResultsService;
import org.maagal.review.ResultsView;
import org.maagal.review.ResultsView.IndicatorResult;
import org.springframework.stereotype.Service;

/**
 * The goal tree with each target's and indicator's status, a summary per domain, the CEO's indicators, and each
 * indicator's actual value across the cycles as a chart. A year's results are computed by {@code review} from
 * the approved tree and the reports; the trends compute them once per cycle shown, which a read model of
 * (year, indicator, actual, status) would replace at scale.
 */
@Service
class GoalsBoard {

  /** Worst first: a target is as red as its reddest indicator. */
  private static final List<String> SEVERITY = List.of("red", "amber", "green", "none");

  private final ResultsService results;
  private final ObjectMapper json;

  GoalsBoard(ResultsService results, ObjectMapper json) {
    this.results = results;
    this.json = json;
  }

  record TargetRow(String domain, String goal, String target, String status, List<IndicatorResult> indicators) {
  }

  record CeoRow(String domain, String target, IndicatorResult indicator) {
  }

  /** An indicator's actual and target value in each year shown, as the chart script reads it. */
  record Trend(String indicator, String unit, String data) {
  }

  ResultsView results(int year, DashboardAccess access) {
    return results.results(year, access.caller());
  }

  List<TargetRow> targets(ResultsView view) {
    var rows = new ArrayList<TargetRow>();
    for (var domain : view.domains()) {
      for (var goal : domain.goals()) {
        for (var target : goal.targets()) {
          if (target.indicators().isEmpty()) {
            continue;
          }
          String worst = target.indicators().stream().map(IndicatorResult::status)
              .min(Comparator.comparingInt(GoalsBoard::severity)).orElse("none");
          rows.add(new TargetRow(domain.domainName(), goal.goal(), target.target(), worst, target.indicators()));
        }
      }
    }
    return rows;
  }

  List<CeoRow> ceoIndicators(ResultsView view) {
    var rows = new ArrayList<CeoRow>();
    view.domains().forEach(domain -> domain.goals().forEach(goal -> goal.targets().forEach(target ->
        target.indicators().stream().filter(IndicatorResult::ceoIndicator)
            .forEach(indicator -> rows.add(new CeoRow(domain.domainName(), target.target(), indicator))))));
    return rows;
  }

  /**
   * Each indicator's actual and target values over the cycles, oldest first; only indicators with an actual
   * value in some year, and, when {@code ceoOnly}, only the CEO's.
   */
  List<Trend> trends(List<CycleView> cycles, DashboardAccess access, boolean ceoOnly) {
    var years = cycles.stream().map(CycleView::year).sorted().toList();
    var byIndicator = new LinkedHashMap<String, Map<Integer, IndicatorResult>>();
    for (int year : years) {
      var view = results.results(year, access.caller());
      view.domains().forEach(domain -> domain.goals().forEach(goal -> goal.targets().forEach(target ->
          target.indicators().stream().filter(indicator -> !ceoOnly || indicator.ceoIndicator())
              .forEach(indicator -> byIndicator.computeIfAbsent(indicator.indicator(), key -> new LinkedHashMap<>())
                  .put(year, indicator)))));
    }
    var trends = new ArrayList<Trend>();
    byIndicator.forEach((name, values) -> {
      if (values.values().stream().allMatch(indicator -> indicator.actual() == null)) {
        return;
      }
      var actual = new ArrayList<BigDecimal>();
      var target = new ArrayList<BigDecimal>();
      for (int year : years) {
        var indicator = values.get(year);
        actual.add(indicator == null ? null : indicator.actual());
        target.add(indicator == null || indicator.target() == null ? null : indicator.target().value());
      }
      String unit = values.values().stream().map(IndicatorResult::unit).filter(u -> u != null && !u.isBlank())
          .findFirst().orElse("");
      trends.add(new Trend(name, unit, write(Map.of("years", years, "actual", actual, "target", target))));
    });
    return trends;
  }

  private String write(Object data) {
    try {
      return json.writeValueAsString(data);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  static int severity(String status) {
    int index = SEVERITY.indexOf(status);
    return index < 0 ? SEVERITY.size() : index;
  }
}
