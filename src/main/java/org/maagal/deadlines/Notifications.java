package org.maagal.deadlines;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Notifications extends JpaRepository<Notification, Long> {

  boolean existsByDedupKey(String dedupKey);

  List<Notification> findTop200ByOrderByIdDesc();

  List<Notification> findByMailedAtIsNullAndEmailIsNotNullAndCreatedAtBeforeOrderByIdAsc(java.time.Instant before);

  List<Notification> findByRecipientAndKindAndMailedAtIsNullOrderByIdAsc(String recipient, Notification.Kind kind);
}
