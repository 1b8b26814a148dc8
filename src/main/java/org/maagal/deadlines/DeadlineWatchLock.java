package org.maagal.deadlines;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one row ({@code deadline_watch_lock}, written by the schema migration) that a round of the
 * deadline watch locks for its whole transaction. The engine's timer job and the demo clock may
 * start a round at the same moment, and two nodes may too; the second waits for the first to
 * commit instead of writing the same reminders and escalations beside it.
 */
@Component
class DeadlineWatchLock {

  private final EntityManager entities;

  DeadlineWatchLock(EntityManager entities) {
    this.entities = entities;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  void takeForThisTransaction() {
    entities.createNativeQuery("SELECT id FROM deadline_watch_lock WHERE id = 1 FOR UPDATE").getResultList();
  }
}
