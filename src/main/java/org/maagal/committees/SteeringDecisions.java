package org.maagal.committees;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SteeringDecisions extends JpaRepository<SteeringDecision, Long> {

  List<SteeringDecision> findByCycleYearOrderByIdAsc(int cycleYear);
}
