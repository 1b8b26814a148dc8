package org.maagal.cycle;

import org.maagal.facts.Fact;

/**
 * Ids and variable names of the {@code annual-planning-cycle} process, and the variables it hands
 * to every phase's process: each phase reads its cycle, year and phase name from them, and each
 * per-department or per-team instance its department or team.
 */
public final class CycleProcess {

  public static final String PROCESS_ID = "annual-planning-cycle";
  public static final String CYCLE_ID = Fact.CYCLE_ID.variable();
  public static final String YEAR = Fact.YEAR.variable();
  /** The phase's Hebrew name, shown on every task of the phase. */
  public static final String PHASE_NAME = "phaseName";
  /** A per-department instance's department (an organisation unit id), and its Hebrew name. */
  public static final String DEPARTMENT_ID = Fact.DEPARTMENT_ID.variable();
  public static final String DEPARTMENT_NAME = "departmentName";
  /** A per-team instance's working team (a committee id). */
  public static final String TEAM_ID = Fact.TEAM_ID.variable();

  private CycleProcess() {
  }

  static String businessKeyOf(int year) {
    return "cycle-" + year;
  }
}
