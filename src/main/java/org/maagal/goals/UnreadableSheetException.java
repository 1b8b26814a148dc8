package org.maagal.goals;

/** The file cannot be read as its format at all; the problem says why, in Hebrew, for the user. */
class UnreadableSheetException extends Exception {

  private final transient RowProblem problem;

  UnreadableSheetException(RowProblem problem, Throwable cause) {
    super(problem.reason(), cause);
    this.problem = problem;
  }

  RowProblem problem() {
    return problem;
  }
}
