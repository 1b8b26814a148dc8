package org.maagal.cycle;

import java.time.Instant;

/** A cycle as the API shows it. */
public record CycleView(Long id, int year, String businessKey, String processInstanceId, CyclePhase phase,
    String phaseName, Instant startedAt, String startedBy) {

  static CycleView of(Cycle cycle) {
    return new CycleView(cycle.getId(), cycle.getYear(), cycle.getBusinessKey(), cycle.getProcessInstanceId(),
        cycle.getPhase(), cycle.getPhase().hebrewName(), cycle.getStartedAt(), cycle.getStartedBy());
  }
}
