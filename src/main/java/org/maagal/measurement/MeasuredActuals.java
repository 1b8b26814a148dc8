package org.maagal.measurement;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.maagal.goals.ApprovedTarget;
import org.maagal.goals.GoalTreeService;
import org.maagal.goals.IndicatorActuals;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's actual values for the next year's baselines: each indicator's value in the latest round of
 * the year whose report the department handed in (annual over semi-annual), a draft not counted.
 */
@Component
class MeasuredActuals implements IndicatorActuals {

  private final MeasurementReports reports;
  private final GoalTreeService goals;

  MeasuredActuals(MeasurementReports reports, GoalTreeService goals) {
    this.reports = reports;
    this.goals = goals;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Key, BigDecimal> of(int year) {
    var targets = new HashMap<Long, String>();
    goals.approvedTargets(year).forEach((ApprovedTarget target) -> targets.put(target.id(), target.target()));
    var actuals = new HashMap<Key, BigDecimal>();
    reports.newestOfEachReport(year).stream()
        .filter(report -> report.status().handedIn())
        .sorted(Comparator.comparing(MeasurementReport::round))
        .forEach(report -> report.indicators().stream()
            .filter(value -> value.actual() != null && targets.containsKey(value.targetId()))
            .forEach(value -> actuals.put(new Key(targets.get(value.targetId()), value.indicator()), value.actual())));
    return actuals;
  }
}
