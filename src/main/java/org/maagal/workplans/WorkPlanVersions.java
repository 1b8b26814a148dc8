package org.maagal.workplans;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.maagal.reviewing.ReviewStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkPlanVersions extends JpaRepository<WorkPlanVersion, Long> {

  Optional<WorkPlanVersion> findFirstByCycleYearAndDepartmentIdOrderByReviewedNumberDesc(int cycleYear,
      String departmentId);

  /** The newest version of the status: the approved one in force, after any amendment. */
  Optional<WorkPlanVersion> findFirstByCycleYearAndDepartmentIdAndReviewedStatusOrderByReviewedNumberDesc(
      int cycleYear, String departmentId, ReviewStatus status);

  Optional<WorkPlanVersion> findByCycleYearAndDepartmentIdAndReviewedNumber(int cycleYear, String departmentId,
      int number);

  Page<WorkPlanVersion> findByCycleYearAndDepartmentIdOrderByReviewedNumberAsc(int cycleYear, String departmentId,
      Pageable pageable);

  /** The newest version of every department's plan in the cycle, by department id. */
  @Query("select v from WorkPlanVersion v where v.cycleYear = :year and v.reviewed.number = "
      + "(select max(w.reviewed.number) from WorkPlanVersion w where w.cycleYear = v.cycleYear "
      + "and w.departmentId = v.departmentId) order by v.departmentId")
  List<WorkPlanVersion> newestOfEachDepartment(int year);

  /** The numbers of the CEO's emphases that some activity of the newest version of a department's plan serves. */
  @Query("select distinct e from WorkPlanVersion v join v.activities a join a.emphases e where v.cycleYear = :year "
      + "and v.reviewed.number = (select max(w.reviewed.number) from WorkPlanVersion w where w.cycleYear = v.cycleYear "
      + "and w.departmentId = v.departmentId)")
  Set<Integer> emphasesServed(int year);

  /** The versions approved in the cycle, every department's, oldest first: the plan as first approved and each amendment. */
  @Query("select v from WorkPlanVersion v where v.cycleYear = :year "
      + "and v.reviewed.status = org.maagal.reviewing.ReviewStatus.APPROVED order by v.departmentId, v.reviewed.number")
  List<WorkPlanVersion> approvedOf(int year);
}
