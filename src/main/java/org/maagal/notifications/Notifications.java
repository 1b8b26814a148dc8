package org.maagal.notifications;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

  /** Which of these keys the outbox holds already. */
  @Query("select n.dedupKey from Notification n where n.dedupKey in :keys")
  List<String> dedupKeysAmong(Collection<String> keys);

  /** The outbox newest first; the id breaks ties between messages written at the same instant. */
  Page<Notification> findByOrderByCreatedAtDescIdDesc(Pageable page);

  /**
   * Messages a node marked mailed before {@code before} that the mail server never confirmed: the node died, or
   * its connection broke, between the mark and the server's answer, so the server may not have them.
   */
  @Query("select n from Notification n where n.mailedBy is not null and n.confirmedAt is null and n.mailedAt < :before"
      + " order by n.id")
  Page<Notification> unconfirmed(Instant before, Pageable page);

  /** Messages marked mailed by the node, in one statement. */
  @Modifying
  @Query("update Notification n set n.mailedAt = :at, n.mailedBy = :node where n.id in :ids")
  int markMailed(Collection<Long> ids, Instant at, String node);

  /** Messages the mail server took. */
  @Modifying
  @Query("update Notification n set n.confirmedAt = :at where n.id in :ids")
  int markConfirmed(Collection<Long> ids, Instant at);

  /** Messages not sent after all, waiting again for the next round. */
  @Modifying
  @Query("update Notification n set n.mailedAt = null, n.mailedBy = null where n.id in :ids")
  int markWaiting(Collection<Long> ids);

  List<Notification> findByRecipientAndKindAndMailedAtIsNullOrderByIdAsc(String recipient, Notification.Kind kind);
}
