package org.maagal.assessment;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Lists come by department id, each department's newest revision first: a total order, a revision being unique. */
interface DepartmentAssessments extends JpaRepository<DepartmentAssessment, Long> {

  Page<DepartmentAssessment> findByCycleYearOrderByDepartmentIdAscReviewedNumberDesc(int cycleYear, Pageable page);

  Page<DepartmentAssessment> findByCycleYearAndDepartmentIdInOrderByDepartmentIdAscReviewedNumberDesc(int cycleYear,
      Collection<String> departmentIds, Pageable page);

  Optional<DepartmentAssessment> findFirstByCycleYearAndDepartmentIdOrderByReviewedNumberDesc(int cycleYear,
      String departmentId);
}
