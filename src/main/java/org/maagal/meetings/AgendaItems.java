package org.maagal.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgendaItems extends JpaRepository<AgendaItem, Long> {

  List<AgendaItem> findByMeetingIdOrderByIdAsc(Long meetingId);

  List<AgendaItem> findByMeetingIdInOrderByIdAsc(Collection<Long> meetingIds);

  /** Items waiting for a meeting: none was ahead when they were placed. */
  List<AgendaItem> findByCommitteeIdAndMeetingIdIsNullAndStatusOrderByIdAsc(String committeeId, AgendaItem.Status status);

  Optional<AgendaItem> findFirstByWaitingInstanceIdAndWaitingActivityIdOrderByIdDesc(String instanceId,
      String activityId);
}
