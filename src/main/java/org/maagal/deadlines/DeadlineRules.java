package org.maagal.deadlines;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeadlineRules extends JpaRepository<DeadlineRule, Long> {

  List<DeadlineRule> findByCycleYearOrderByTaskKeyAsc(int cycleYear);

  Optional<DeadlineRule> findByCycleYearAndTaskKey(int cycleYear, String taskKey);

  boolean existsByCycleYear(int cycleYear);
}
