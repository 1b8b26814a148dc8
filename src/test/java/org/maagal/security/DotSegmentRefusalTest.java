package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DotSegmentRefusalTest {

  @ParameterizedTest
  @ValueSource(strings = {"/public/../engine-rest/task", "/public/%2e%2e/api/cycles", "/public/%2E%2E/api",
      "/public/2027/..;/..;/api/cycles", "/api/./cycles", "/public/2027/plan.csv/../../../engine-rest/task", "/.."})
  void aPathBentWithDotSegmentsIsRefused(String path) {
    assertThat(DotSegmentRefusal.hasDotSegment(path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/public/2027/plan.csv", "/public/", "/api/cycles/2027/goals/export.xlsx",
      "/camunda/app/tasklist/default/", "/work-plans/...not-a-segment", "/a.b/..c/"})
  void anOrdinaryPathPasses(String path) {
    assertThat(DotSegmentRefusal.hasDotSegment(path)).isFalse();
  }
}
