package org.maagal.deadlines;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Notifications extends JpaRepository<Notification, Long> {

  boolean existsByDedupKey(String dedupKey);

  /** The outbox newest first; the id breaks ties between messages written at the same instant. */
  Page<Notification> findByOrderByCreatedAtDescIdDesc(Pageable page);

  List<Notification> findByRecipientAndKindAndMailedAtIsNullOrderByIdAsc(String recipient, Notification.Kind kind);
}
