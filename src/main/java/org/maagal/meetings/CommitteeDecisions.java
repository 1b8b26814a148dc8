package org.maagal.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeDecisions extends JpaRepository<CommitteeDecision, Long> {

  List<CommitteeDecision> findByItemIdInOrderByIdAsc(Collection<Long> itemIds);

  Optional<CommitteeDecision> findFirstByItemIdOrderByIdDesc(Long itemId);

  int countByItemIdAndMeetingId(Long itemId, Long meetingId);
}
