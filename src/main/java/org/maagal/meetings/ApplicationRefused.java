package org.maagal.meetings;

import java.util.Set;

/** A resident's application refused, nothing stored: what was wrong with it. */
public class ApplicationRefused extends RuntimeException {

  private final Set<ApplicationProblem> problems;

  ApplicationRefused(Set<ApplicationProblem> problems) {
    super("Application refused: " + problems, null, false, false);
    this.problems = Set.copyOf(problems);
  }

  public Set<ApplicationProblem> problems() {
    return problems;
  }
}
