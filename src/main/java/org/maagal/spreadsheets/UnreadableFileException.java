package org.maagal.spreadsheets;

/** The file cannot be read as its format at all; the problem says why, in Hebrew, for the user. */
class UnreadableFileException extends Exception {

  private final transient SheetProblem problem;

  UnreadableFileException(SheetProblem problem, Throwable cause) {
    super(problem.reason(), cause);
    this.problem = problem;
  }

  SheetProblem problem() {
    return problem;
  }
}
