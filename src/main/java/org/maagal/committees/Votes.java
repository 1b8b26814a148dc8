package org.maagal.committees;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Votes extends JpaRepository<Vote, Long> {

  List<Vote> findByCommitteeIdAndCycleYearAndSubjectVersionAndRound(String committeeId, int cycleYear,
      int subjectVersion, int round);

  /** A cycle's votes ballot by ballot (version, then round), each ballot's votes as cast; the id breaks ties. */
  Page<Vote> findByCycleYearOrderBySubjectVersionAscRoundAscCastAtAscIdAsc(int cycleYear, Pageable page);
}
