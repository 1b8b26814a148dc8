package org.maagal.meetings;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesVersions extends JpaRepository<Minutes, Long> {

  /** The meeting's current minutes: its newest version. */
  Optional<Minutes> findFirstByMeetingIdOrderByVersionNumberDesc(Long meetingId);
}
