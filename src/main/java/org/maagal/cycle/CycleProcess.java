package org.maagal.cycle;

/**
 * Ids and variable names of the {@code annual-planning-cycle} process, and the variables it hands
 * to every phase's process: each phase reads its cycle, year and phase name from them, and each
 * per-department or per-team instance its department or team.
 */
public final class CycleProcess {

  public static final String PROCESS_ID = "annual-planning-cycle";
  public static final String CYCLE_ID = "cycleId";
  public static final String YEAR = "year";
  /** The phase's Hebrew name, shown on every task of the phase. */
  public static final String PHASE_NAME = "phaseName";
  /** A per-department instance's department (an organisation unit id), and its Hebrew name. */
  public static final String DEPARTMENT_ID = "departmentId";
  public static final String DEPARTMENT_NAME = "departmentName";
  /** A per-team instance's working team (a committee id). */
  public static final String TEAM_ID = "teamId";

  private CycleProcess() {
  }

  static String businessKeyOf(int year) {
    return "cycle-" + year;
  }
}
