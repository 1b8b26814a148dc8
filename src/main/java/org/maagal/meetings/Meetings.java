package org.maagal.meetings;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Meetings extends JpaRepository<Meeting, Long> {

  List<Meeting> findByCycleYearOrderByStartsAtAscIdAsc(int cycleYear);

  List<Meeting> findByCommitteeIdAndCycleYearOrderByStartsAtAscIdAsc(String committeeId, int cycleYear);

  boolean existsByCycleYear(int cycleYear);

  /** The committee's meetings of a cycle year still to come from a moment, soonest first. */
  List<Meeting> findByCommitteeIdAndCycleYearAndStatusInAndStartsAtGreaterThanEqualOrderByStartsAtAscIdAsc(
      String committeeId, int cycleYear, List<MeetingStatus> statuses, LocalDateTime from);
}
