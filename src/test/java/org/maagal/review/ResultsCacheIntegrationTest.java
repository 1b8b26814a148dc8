package org.maagal.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The results kept in memory: a request may name any year, and the years kept stay a bounded few. */
@MaagalIntegrationTest
class ResultsCacheIntegrationTest {

  @Autowired
  ResultsService results;

  @Test
  void askingForManyYearsKeepsOnlyTheBoundOfThem() {
    // years no cycle has: each computes to empty results, and each would be kept for good
    for (int year = 1000; year < 1000 + ResultsService.KEPT_YEARS + 10; year++) {
      results.compute(year);
    }

    assertThat(results.keptYears()).isEqualTo(ResultsService.KEPT_YEARS);
  }
}
