package org.maagal.tasklist;

import org.maagal.cycle.CycleService;
import org.maagal.cycle.CycleStarted;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes the task filters on every start, and points the cycle filter at each newly started cycle. */
@Component
class TaskFiltersStartup implements ApplicationRunner {

  private final TaskFilters filters;
  private final CycleService cycles;

  TaskFiltersStartup(TaskFilters filters, CycleService cycles) {
    this.filters = filters;
    this.cycles = cycles;
  }

  @Override
  public void run(ApplicationArguments args) {
    filters.keepUpToDate(cycles.currentYear().orElse(null));
  }

  @EventListener
  void on(CycleStarted started) {
    filters.keepUpToDate(cycles.currentYear().orElse(started.year()));
  }
}
