package org.maagal.deadlines;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.maagal.api.Problems;
import org.maagal.cycle.CycleStarted;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each cycle's own calendar of deadlines, copied from the configuration when the cycle starts. */
@Service
class CycleCalendar {

  private final DeadlineRules rules;
  private final DeadlinesProperties defaults;
  private final Clock clock;

  CycleCalendar(DeadlineRules rules, DeadlinesProperties defaults, Clock clock) {
    this.rules = rules;
    this.defaults = defaults;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  public void on(CycleStarted started) {
    if (rules.existsByCycleYear(started.year())) {
      return;
    }
    rules.save(new DeadlineRule(started.year(), DeadlineRule.STANDARD, defaults.standard()));
    defaults.tasks().forEach((taskKey, rule) -> rules.save(new DeadlineRule(started.year(), taskKey, rule)));
  }

  /** The task's rule in the cycle: its own line, else the cycle's standard line, else the configuration's. */
  @Transactional(readOnly = true)
  DeadlinesProperties.Rule rule(int year, String taskKey) {
    return rules.findByCycleYearAndTaskKey(year, taskKey)
        .or(() -> rules.findByCycleYearAndTaskKey(year, DeadlineRule.STANDARD))
        .map(DeadlineRule::rule)
        .orElse(defaults.tasks().getOrDefault(taskKey, defaults.standard()));
  }

  @Transactional(readOnly = true)
  List<DeadlineRule.CalendarEntry> entries(int year) {
    var entries = rules.findByCycleYearOrderByTaskKeyAsc(year);
    if (entries.isEmpty()) {
      throw Problems.problem(HttpStatus.NOT_FOUND, "No cycle calendar", "אין לוח זמנים למעגל " + year,
          Map.of("year", year));
    }
    return entries.stream().map(DeadlineRule::view).toList();
  }

  /** The strategy unit changes a line; tasks created from now on follow it. */
  @Transactional
  DeadlineRule.CalendarEntry change(int year, String taskKey, DeadlinesProperties.Rule rule, String by) {
    if (rule.due() < 1 || rule.due() > 250 || rule.reminderBefore() < 0 || rule.reminderBefore() >= rule.due()
        || rule.escalateAfter() < 0 || rule.escalateToCeoAfter() < 1) {
      throw Problems.problem(HttpStatus.BAD_REQUEST, "Invalid deadline rule",
          "כלל לא תקין: מועד של 1–250 ימי עבודה, תזכורת לפני המועד (פחות מהמועד), הסלמה אחרי המועד ולמנכ\"ל לפחות יום אחריה");
    }
    entries(year);
    var line = rules.findByCycleYearAndTaskKey(year, taskKey)
        .orElseGet(() -> rules.save(new DeadlineRule(year, taskKey, rule)));
    line.change(rule, by, Instant.now(clock));
    return line.view();
  }
}
