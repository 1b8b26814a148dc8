package org.maagal.cycle;

import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the cycle's current phase in JPA as the process enters each phase and its end, and hands
 * the phase's Hebrew name to the phase's process ({@code phaseName}), so every task shows it.
 */
@Component
class CyclePhaseListener implements ExecutionListener {

  private final CycleService cycles;
  private final ProcessFacts facts;

  CyclePhaseListener(CycleService cycles, ProcessFacts facts) {
    this.cycles = cycles;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateExecution execution) {
    var cycleId = facts.of(execution).find(Fact.CYCLE_ID).map(Long::valueOf);
    if (cycleId.isEmpty()) {
      throw new ProcessEngineException("A planning cycle is started through POST /api/cycles, which gives it its "
          + CycleProcess.CYCLE_ID + "; process instance " + execution.getProcessInstanceId() + " has none");
    }
    var phase = CyclePhase.ofActivity(execution.getCurrentActivityId());
    cycles.enterPhase(cycleId.get(), phase);
    execution.setVariable(CycleProcess.PHASE_NAME, phase.hebrewName());
  }
}
