package org.maagal.tasklist;

import org.maagal.AsyncContinuations;
import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The filters Tasklist lists on the left, as the demo people get them through the engine's REST API. */
@MaagalIntegrationTest
class TaskFiltersIntegrationTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  FilterService filterService;
  @Autowired
  TaskFilters filters;
  @Autowired
  org.maagal.cycle.CycleService cycleService;

  @BeforeEach
  void cycleIsRunning() {
    var started = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": 2070}"), String.class);
    AsyncContinuations.runAll(management);
    assertThat(started.getStatusCode()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
  }

  @Test
  void departmentManagerFindsTheirDepartmentsTaskInTheDepartmentFilterWithItsContext() {
    var tasks = list("yael-dror", TaskFilters.UNIT_TASKS);

    var assessments = java.util.stream.StreamSupport.stream(tasks.spliterator(), false).filter(task -> task.get("name").asText().startsWith("הערכת מצב:")).toList();
    assertThat(assessments).as("her department's, none of another department's").isNotEmpty().allSatisfy(task ->
        assertThat(task.get("name").asText()).isEqualTo("הערכת מצב: מחלקת בתי ספר"));
    String taskId = assessments.get(0).get("id").asText();
    var variables = rest.withBasicAuth("yael-dror", "ein-karmit-demo")
        .getForEntity("/engine-rest/task/" + taskId + "/variables", JsonNode.class).getBody();
    assertThat(variables.get("phaseName").get("value").asText()).isEqualTo("הערכת מצב");
    assertThat(variables.get("departmentName").get("value").asText()).isEqualTo("מחלקת בתי ספר");
  }

  @Test
  void everyoneSeesTheSharedFiltersAndOnlyTheStrategyUnitTheCycleFilter() {
    assertThat(filterNames("hila-carmeli"))
        .containsExactly(TaskFilters.MY_TASKS, TaskFilters.UNIT_TASKS, TaskFilters.OVERDUE);
    assertThat(filterNames("noa-barak")).contains(TaskFilters.CYCLE_TASKS);
  }

  /**
   * The filter follows the newest cycle, by year. The test classes share one database, and another class's newer
   * year (its cycle ended when it was done) may be the newest here: the filter is first checked to follow the newest,
   * then kept for this class's year, whose every department's task it then lists.
   */
  @Test
  void theCycleFilterListsEveryDepartmentsTaskOfItsCycle() {
    int newest = cycleService.currentYear().orElseThrow();
    org.camunda.bpm.engine.impl.TaskQueryImpl followed = filterService.createFilterQuery()
        .filterName(TaskFilters.CYCLE_TASKS).singleResult().getQuery();
    assertThat(followed.getProcessInstanceBusinessKeyLike()).isEqualTo("cycle-" + newest);

    filters.keepUpToDate(2070);
    var tasks = list("noa-barak", TaskFilters.CYCLE_TASKS);

    assertThat(tasks.size()).isGreaterThanOrEqualTo(20);
    filters.keepUpToDate(newest);
  }

  @Test
  void keepingFiltersUpToDateTwiceMakesNoCopies() {
    long before = filterService.createFilterQuery().count();

    filters.keepUpToDate(2070);
    filters.keepUpToDate(2070);

    assertThat(filterService.createFilterQuery().count()).isEqualTo(before);
    assertThat(filterService.createFilterQuery().filterName(TaskFilters.UNIT_TASKS).count()).isOne();
  }

  private JsonNode list(String user, String filterName) {
    String id = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    var response = rest.withBasicAuth(user, "ein-karmit-demo").getForEntity("/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=2000", JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private List<String> filterNames(String user) {
    var response = rest.withBasicAuth(user, "ein-karmit-demo")
        .getForEntity("/engine-rest/filter?sortBy=name&sortOrder=asc&firstResult=0&maxResults=2000", JsonNode.class);
    var names = new ArrayList<String>();
    response.getBody().forEach(filter -> names.add(filter.get("name").asText()));
    names.sort(Comparator.comparing(name ->
        filterService.createFilterQuery().filterName(name).singleResult().getProperties().get("priority").toString()));
    return names;
  }
}
