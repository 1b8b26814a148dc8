package org.maagal.committees;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Votes extends JpaRepository<Vote, Long> {

  List<Vote> findByCommitteeIdAndCycleYearAndSubjectVersionAndRound(String committeeId, int cycleYear,
      int subjectVersion, int round);

  List<Vote> findByCycleYearOrderByIdAsc(int cycleYear);
}
