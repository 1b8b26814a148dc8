package org.maagal.committees;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SteeringDecisions extends JpaRepository<SteeringDecision, Long> {

  /** A cycle's decisions oldest first; the id breaks ties. */
  Page<SteeringDecision> findByCycleYearOrderByDecidedAtAscIdAsc(int cycleYear, Pageable page);
}
