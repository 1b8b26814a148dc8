package org.maagal.workplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPlanReviews extends JpaRepository<WorkPlanReview, Long> {

  List<WorkPlanReview> findByCycleYearAndDepartmentIdOrderByDecidedAtAscIdAsc(int cycleYear, String departmentId);
}
