package org.maagal.review;

import org.maagal.database.ChangeStamp;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface YearReviews extends JpaRepository<YearReview, Integer> {

  /** Changes when the year's gap list is closed, its lessons recorded or its carried gaps decided. */
  @Query("select new org.maagal.database.ChangeStamp(count(y), sum(y.lock)) from YearReview y "
      + "where y.cycleYear = :year")
  ChangeStamp changeStamp(int year);
}
