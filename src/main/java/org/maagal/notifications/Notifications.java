package org.maagal.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Notifications extends JpaRepository<Notification, Long> {

  boolean existsByDedupKey(String dedupKey);

  /** The outbox newest first; the id breaks ties between messages written at the same instant. */
  Page<Notification> findByOrderByCreatedAtDescIdDesc(Pageable page);

  /**
   * Messages a node marked mailed before {@code before} that the mail server never confirmed: the node died, or
   * its connection broke, between the mark and the server's answer, so the server may not have them.
   */
  @Query("select n from Notification n where n.mailedBy is not null and n.confirmedAt is null and n.mailedAt < :before"
      + " order by n.id")
  Page<Notification> unconfirmed(Instant before, Pageable page);

  List<Notification> findByRecipientAndKindAndMailedAtIsNullOrderByIdAsc(String recipient, Notification.Kind kind);
}
