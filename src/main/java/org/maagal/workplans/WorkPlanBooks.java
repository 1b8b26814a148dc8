package org.maagal.workplans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanBooks extends JpaRepository<WorkPlanBook, Long> {

  Optional<WorkPlanBook> findFirstByCycleYearOrderByEditionDesc(int cycleYear);

  List<WorkPlanBook> findByCycleYearOrderByEditionAsc(int cycleYear);
}
