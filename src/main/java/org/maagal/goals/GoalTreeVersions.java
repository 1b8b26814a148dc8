package org.maagal.goals;

import java.util.List;
import java.util.Optional;
import org.maagal.database.ChangeStamp;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoalTreeVersions extends JpaRepository<GoalTreeVersion, Long> {

  List<GoalTreeVersion> findByCycleYearOrderByNumberAsc(int cycleYear);

  Page<GoalTreeVersion> findByCycleYearOrderByNumberAsc(int cycleYear, Pageable page);

  Optional<GoalTreeVersion> findByCycleYearAndNumber(int cycleYear, int number);

  Optional<GoalTreeVersion> findFirstByCycleYearOrderByNumberDesc(int cycleYear);

  Optional<GoalTreeVersion> findFirstByCycleYearAndStatus(int cycleYear, VersionStatus status);

  /** The newest approved tree of an earlier cycle: where a new cycle starts from. */
  Optional<GoalTreeVersion> findFirstByCycleYearLessThanAndStatusOrderByCycleYearDesc(int cycleYear,
      VersionStatus status);

  /** Changes when a version of the cycle's tree is added, approved or superseded. */
  @Query("select new org.maagal.database.ChangeStamp(count(v), sum(v.lock)) from GoalTreeVersion v "
      + "where v.cycleYear = :year")
  ChangeStamp changeStamp(int year);
}
