package org.maagal.measurement;

import java.util.List;
import java.util.Optional;
import org.maagal.database.ChangeStamp;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasurementReports extends JpaRepository<MeasurementReport, Long> {

  Optional<MeasurementReport> findFirstByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberDesc(int cycleYear,
      String departmentId, Round round);

  Optional<MeasurementReport> findByCycleYearAndDepartmentIdAndRoundAndReviewedNumber(int cycleYear,
      String departmentId, Round round, int number);

  Page<MeasurementReport> findByCycleYearAndDepartmentIdAndRoundOrderByReviewedNumberAsc(int cycleYear,
      String departmentId, Round round, Pageable pageable);

  /** The newest version of every report of the cycle, by department and round. */
  @Query("select r from MeasurementReport r where r.cycleYear = :year and r.reviewed.number = "
      + "(select max(s.reviewed.number) from MeasurementReport s where s.cycleYear = r.cycleYear "
      + "and s.departmentId = r.departmentId and s.round = r.round) order by r.departmentId, r.round")
  List<MeasurementReport> newestOfEachReport(int year);

  /** The newest version of each of a department's reports up to a year, for the last value it reported. */
  @Query("select r from MeasurementReport r where r.departmentId = :departmentId and r.cycleYear <= :year "
      + "and r.reviewed.number = (select max(s.reviewed.number) from MeasurementReport s "
      + "where s.cycleYear = r.cycleYear and s.departmentId = r.departmentId and s.round = r.round)")
  List<MeasurementReport> newestOfDepartmentUpTo(String departmentId, int year);

  /** Changes when a report of the cycle is opened, handed in, decided or copied into a new draft. */
  @Query("select new org.maagal.database.ChangeStamp(count(r), sum(r.lock)) from MeasurementReport r "
      + "where r.cycleYear = :year")
  ChangeStamp changeStamp(int year);
}
