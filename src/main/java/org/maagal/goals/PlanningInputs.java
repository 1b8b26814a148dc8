package org.maagal.goals;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanningInputs extends JpaRepository<PlanningInput, Long> {

  List<PlanningInput> findByCycleYearOrderByIdAsc(int cycleYear);
}
