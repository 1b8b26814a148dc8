package org.maagal.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentAssessments extends JpaRepository<DepartmentAssessment, Long> {

  List<DepartmentAssessment> findByCycleYearOrderByDepartmentIdAscRevisionDesc(int cycleYear);

  List<DepartmentAssessment> findByCycleYearAndDepartmentIdOrderByRevisionDesc(int cycleYear, String departmentId);

  Optional<DepartmentAssessment> findFirstByCycleYearAndDepartmentIdOrderByRevisionDesc(int cycleYear,
      String departmentId);
}
