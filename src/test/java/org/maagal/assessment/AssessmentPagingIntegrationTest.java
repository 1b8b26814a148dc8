package org.maagal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Many revisions of several departments' assessments, read page by page: by department, each
 * department's newest revision first. The strategy unit reads them all; a department manager
 * only her department's, and her total counts only those; someone of no department, none.
 */
@MaagalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentPagingIntegrationTest {

  static final int YEAR = 2065;
  static final String NOBODY = "paging-visitor";
  static final Map<String, Integer> REVISIONS = Map.of("schools", 5, "youth", 4, "early-childhood", 3, "sport", 2);

  @Autowired
  IdentityService identity;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  DepartmentAssessments assessments;

  record Stored(long id, String departmentId, int revision) {
  }

  final List<Stored> stored = new ArrayList<>();

  @BeforeAll
  void manyRevisions() {
    // written revision by revision across the departments, not in the order they are read
    // each revision but a department's last is returned, and the next is its copy
    var previous = new HashMap<String, DepartmentAssessment>();
    for (int revision = 1; revision <= 5; revision++) {
      for (var department : List.of("youth", "schools", "sport", "early-childhood")) {
        if (revision <= REVISIONS.get(department)) {
          var at = Instant.parse("2065-01-01T08:00:00Z").plusSeconds(revision);
          DepartmentAssessment draft;
          if (revision == 1) {
            draft = DepartmentAssessment.first(YEAR, department, "paging-test", at);
          } else {
            var returned = previous.get(department);
            returned.reviewed().decide("הערכת המצב", false, "להשלים", "paging-test", at);
            assessments.save(returned);
            draft = returned.nextDraft("הערכת המצב", "paging-test", at);
          }
          draft.fill(new AssessmentAnswers(false, "מצב " + revision, "הישגים", "פערים", "אתגרים", null));
          draft.reviewed().submit("הערכת המצב", "paging-test", at);
          var saved = assessments.save(draft);
          previous.put(department, saved);
          stored.add(new Stored(saved.id(), department, saved.revision()));
        }
      }
    }
  }

  @Test
  void theStrategyUnitWalksEveryRevisionOnceByDepartmentNewestFirst() {
    var walk = PagedList.walk(rest, "noa-barak", "/api/cycles/" + YEAR + "/assessments", 4);

    assertThat(walk.total()).isEqualTo(14);
    assertThat(walk.pages()).isEqualTo(4);
    assertThat(ids(walk)).containsExactlyElementsOf(inReadingOrder(stored));
  }

  @Test
  void aDepartmentManagerWalksOnlyHerDepartmentsRevisions() {
    var schools = stored.stream().filter(assessment -> assessment.departmentId().equals("schools")).toList();

    var all = PagedList.walk(rest, "yael-dror", "/api/cycles/" + YEAR + "/assessments", 2);
    var own = PagedList.walk(rest, "yael-dror", "/api/cycles/" + YEAR + "/assessments/schools", 2);

    assertThat(all.total()).isEqualTo(5);
    assertThat(all.pages()).isEqualTo(3);
    assertThat(ids(all)).containsExactlyElementsOf(inReadingOrder(schools));
    assertThat(own.total()).isEqualTo(5);
    assertThat(own.items().stream().map(item -> item.get("revision").asInt()).toList())
        .containsExactly(5, 4, 3, 2, 1);
  }

  @Test
  void someoneOfNoDepartmentReadsAnEmptyList() {
    // every demo person has a department, a division or a planning committee (whose members read every assessment):
    // an engine user of none of them
    if (identity.createUserQuery().userId(NOBODY).count() == 0) {
      var nobody = identity.newUser(NOBODY);
      nobody.setFirstName("אורח");
      nobody.setLastName("בלי מחלקה");
      nobody.setPassword("ein-karmit-demo");
      identity.saveUser(nobody);
    }
    var walk = PagedList.walk(rest, NOBODY, "/api/cycles/" + YEAR + "/assessments", 10);

    assertThat(walk.total()).isZero();
    assertThat(walk.items()).isEmpty();
  }

  @Test
  void badPagingParametersAreRefused() {
    PagedList.assertRefused(rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/assessments?page=1.5", JsonNode.class), "page");
    PagedList.assertRefused(rest.withBasicAuth("yael-dror", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/assessments/schools?size=-3", JsonNode.class), "size");
  }

  private static List<Long> inReadingOrder(List<Stored> assessments) {
    return assessments.stream().sorted(Comparator.comparing(Stored::departmentId)
        .thenComparing(Stored::revision, Comparator.reverseOrder())).map(Stored::id).toList();
  }

  private static List<Long> ids(PagedList.Walk walk) {
    return walk.items().stream().map(item -> item.get("id").asLong()).toList();
  }
}
