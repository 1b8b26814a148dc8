package org.maagal.meetings;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, Long> {

  List<Meeting> findByCycleYearOrderByStartsAtAscIdAsc(int cycleYear);

  List<Meeting> findByCommitteeIdAndCycleYearOrderByStartsAtAscIdAsc(String committeeId, int cycleYear);

  /** Whether the year's meetings were placed by the cadence already (extraordinary ones do not count). */
  boolean existsByCycleYearAndExtraordinaryFalse(int cycleYear);

  /** The committee's meetings of a cycle year still to come from a moment, soonest first. */
  List<Meeting> findByCommitteeIdAndCycleYearAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
      String committeeId, int cycleYear, List<MeetingStatus> statuses, LocalDateTime from);
}
