package org.maagal.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Gaps extends JpaRepository<Gap, Long> {

  List<Gap> findByCycleYearOrderByIdAsc(int cycleYear);

  List<Gap> findByCycleYearAndDepartmentIdOrderByIdAsc(int cycleYear, String departmentId);

  boolean existsByCycleYearAndSource(int cycleYear, Gap.Source source);
}
