package org.maagal;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The job executor is off in the tests (timers are driven by executing their jobs); this runs the
 * asynchronous continuations that are waiting, such as a phase's fan-out to the departments, the
 * way the executor would, until none is left.
 */
public final class AsyncContinuations {

  private static final int MAX_ROUNDS = 20;

  private AsyncContinuations() {
  }

  public static void runAll(ManagementService management) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      var waiting = management.createJobQuery().messages().executable().list();
      if (waiting.isEmpty()) {
        return;
      }
      for (Job job : waiting) {
        management.executeJob(job.getId());
      }
    }
    throw new IllegalStateException("Asynchronous continuations still waiting after " + MAX_ROUNDS + " rounds");
  }
}
