package org.maagal.meetings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionItems extends JpaRepository<ActionItem, Long> {

  List<ActionItem> findByMeetingIdOrderByIdAsc(Long meetingId);

  List<ActionItem> findByCommitteeIdAndCycleYearOrderByIdAsc(String committeeId, int cycleYear);

  /** The committee's action items not yet done, from any meeting: on every next agenda until done. */
  List<ActionItem> findByCommitteeIdAndDoneAtIsNullOrderByDueAscIdAsc(String committeeId);

  /** The committee's action items from any meeting, done or not, soonest due first. */
  List<ActionItem> findByCommitteeIdOrderByDueAscIdAsc(String committeeId);
}
