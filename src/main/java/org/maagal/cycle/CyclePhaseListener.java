package org.maagal.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Keeps the cycle's current phase in JPA as the process enters each phase and its end. */
@Component
class CyclePhaseListener implements ExecutionListener {

  private final CycleService cycles;

  CyclePhaseListener(CycleService cycles) {
    this.cycles = cycles;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long cycleId = ((Number) execution.getVariable(CycleProcess.CYCLE_ID)).longValue();
    cycles.enterPhase(cycleId, CyclePhase.ofActivity(execution.getCurrentActivityId()));
  }
}
