package org.maagal.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItems extends JpaRepository<AgendaItem, Long> {

  List<AgendaItem> findByMeetingIdOrderByIdAsc(Long meetingId);

  List<AgendaItem> findByMeetingIdInOrderByIdAsc(Collection<Long> meetingIds);

  /** A year's items waiting for a meeting: none of that year was ahead when they were placed. */
  List<AgendaItem> findByCommitteeIdAndCycleYearAndMeetingIdIsNullAndStatusOrderByIdAsc(String committeeId,
      int cycleYear, AgendaItem.Status status);

  Optional<AgendaItem> findFirstByWaitingInstanceIdAndWaitingActivityIdOrderByIdDesc(String instanceId,
      String activityId);
}
