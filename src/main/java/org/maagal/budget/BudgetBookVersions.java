package org.maagal.budget;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetBookVersions extends JpaRepository<BudgetBookVersion, Long> {

  /** The cycle's current book. */
  Optional<BudgetBookVersion> findFirstByCycleYearOrderByNumberDesc(int cycleYear);

  List<BudgetBookVersion> findByCycleYearOrderByNumberAsc(int cycleYear);

  /** The newest book of an earlier cycle: where a new cycle's book starts from. */
  Optional<BudgetBookVersion> findFirstByCycleYearLessThanOrderByCycleYearDescNumberDesc(int cycleYear);
}
