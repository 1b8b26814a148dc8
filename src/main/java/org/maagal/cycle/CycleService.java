package org.maagal.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and reads planning cycles. The cycle row and its process instance are written in one
 * transaction: if either fails, neither is kept.
 */
@Service
public class CycleService {

  private final Cycles cycles;
  private final RuntimeService runtime;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CycleService(Cycles cycles, RuntimeService runtime, ApplicationEventPublisher events, Clock clock) {
    this.cycles = cycles;
    this.runtime = runtime;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public CycleView start(int year, String startedBy) {
    if (cycles.existsByYear(year)) {
      throw CycleProblems.alreadyExists(year);
    }
    Cycle cycle;
    try {
      cycle = cycles.saveAndFlush(new Cycle(year, startedBy, Instant.now(clock)));
    } catch (DataIntegrityViolationException raced) {
      throw CycleProblems.alreadyExists(year);
    }
    // first the features open their part of the year (the goal tree), then the process runs on it
    events.publishEvent(new CycleStarted(cycle.getId(), year));
    var instance = runtime.createProcessInstanceByKey(CycleProcess.PROCESS_ID)
        .businessKey(cycle.getBusinessKey())
        .setVariable(CycleProcess.CYCLE_ID, cycle.getId())
        .setVariable(CycleProcess.YEAR, year)
        .execute();
    cycle.runBy(instance.getId());
    return CycleView.of(cycle);
  }

  @Transactional(readOnly = true)
  CycleView byYear(int year) {
    return cycles.findByYear(year).map(CycleView::of).orElseThrow(() -> CycleProblems.notFound(year));
  }

  /** Every cycle, the newest first: a row per year, so ten years are ten rows. */
  @Transactional(readOnly = true)
  public List<CycleView> all() {
    return cycles.findAllByOrderByYearDesc().stream().map(CycleView::of).toList();
  }

  /** The year of the newest cycle, the one people work on now. */
  @Transactional(readOnly = true)
  public Optional<Integer> currentYear() {
    return cycles.findAllByOrderByYearDesc().stream().findFirst().map(Cycle::getYear);
  }

  @Transactional
  void enterPhase(long cycleId, CyclePhase phase) {
    cycles.findById(cycleId).orElseThrow(() -> new IllegalStateException("No cycle " + cycleId)).enter(phase);
  }
}
