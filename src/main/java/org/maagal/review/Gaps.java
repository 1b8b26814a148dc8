package org.maagal.review;

import java.util.List;
import org.maagal.database.ChangeStamp;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Gaps extends JpaRepository<Gap, Long> {

  List<Gap> findByCycleYearOrderByIdAsc(int cycleYear);

  List<Gap> findByCycleYearAndDepartmentIdOrderByIdAsc(int cycleYear, String departmentId);

  boolean existsByCycleYearAndSource(int cycleYear, Gap.Source source);

  /** Changes when a gap of the cycle is added, explained or marked. */
  @Query("select new org.maagal.database.ChangeStamp(count(g), sum(g.lock)) from Gap g where g.cycleYear = :year")
  ChangeStamp changeStamp(int year);
}
