package org.maagal.cycle;

/** Ids and variable names of the {@code annual-planning-cycle} process and its phases. */
final class CycleProcess {

  static final String PROCESS_ID = "annual-planning-cycle";
  static final String CYCLE_ID = "cycleId";
  static final String YEAR = "year";

  private CycleProcess() {
  }

  static String businessKeyOf(int year) {
    return "cycle-" + year;
  }
}
