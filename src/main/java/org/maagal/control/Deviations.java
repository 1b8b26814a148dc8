package org.maagal.control;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Deviations extends JpaRepository<Deviation, Long> {

  List<Deviation> findByCycleYearOrderByIdAsc(int cycleYear);

  List<Deviation> findByCycleYearAndDepartmentIdOrderByIdAsc(int cycleYear, String departmentId);

  @Query("select distinct d.departmentId from Deviation d where d.cycleYear = ?1")
  List<String> departmentsOf(int cycleYear);
}
