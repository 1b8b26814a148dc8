package org.maagal.notifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DigestPreferences extends JpaRepository<DigestPreference, String> {

  List<DigestPreference> findByDailyTrue();

  default boolean wantsDigest(String personId) {
    return findById(personId).map(DigestPreference::daily).orElse(false);
  }
}
