package org.maagal.deadlines;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The {@code deadline-watch} process's hourly service task: one round of the watch, in the job's transaction. */
@Component("checkDeadlines")
class CheckDeadlinesDelegate implements JavaDelegate {

  private final DeadlineWatch watch;

  CheckDeadlinesDelegate(DeadlineWatch watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    watch.run();
  }
}
