package org.maagal.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maagal.AsyncContinuations;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A cycle whose every task is late, read page by page: most late first, then by task id; the
 * strategy unit sees every task, a department manager only the tasks of her groups (assigned to
 * someone or not) and those assigned to her, and the total counts only those.
 */
@MaagalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LateTasksPagingIntegrationTest {

  static final int YEAR = 2063;
  static final String MANAGER = "yael-dror";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  IdentityService identity;

  @BeforeAll
  void aCycleWhoseTasksAreAllLate() {
    var started = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles",
        json("{\"year\": " + YEAR + "}"), String.class);
    assertThat(started.getStatusCode().value()).isEqualTo(201);
    AsyncContinuations.runAll(management);
    var schools = openTasks().stream().filter(task -> groupsOf(task).contains("dept-schools")).findFirst()
        .orElseThrow();
    var notHers = openTasks().stream().filter(task -> !hers(task)).toList();
    // some tasks due well before the rest, two of them at the same moment
    var early = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    dueAt(notHers.get(0), early);
    dueAt(notHers.get(1), early);
    dueAt(notHers.get(2), early.plus(Duration.ofDays(2)));
    // more of them the manager's: assigned to her, or offered to her department as well
    for (var task : notHers.subList(3, 6)) {
      tasks.setAssignee(task.getId(), MANAGER);
    }
    tasks.addCandidateGroup(notHers.get(0).getId(), "dept-schools");
    tasks.addCandidateGroup(notHers.get(7).getId(), "dept-schools");
    // her department's task, assigned to someone else, is still hers to see
    tasks.setAssignee(schools.getId(), "itay-ron");
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(90))));
  }

  @AfterAll
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theStrategyUnitWalksEveryLateTaskOnceMostLateFirst() {
    var expected = lateInOrder(openTasks());

    var walk = PagedList.walk(rest, "noa-barak", "/api/cycles/" + YEAR + "/late-tasks", 4);

    assertThat(expected).hasSizeGreaterThan(12);
    assertThat(walk.total()).isEqualTo(expected.size());
    assertThat(walk.pages()).isGreaterThan(3);
    assertThat(ids(walk)).containsExactlyElementsOf(expected);
    assertThat(walk.items()).isSortedAccordingTo(
        Comparator.comparing((JsonNode item) -> item.get("lateBusinessDays").asInt()).reversed());
  }

  @Test
  void aDepartmentManagerWalksOnlyHerGroupsTasksAndHerOwn() {
    var hers = openTasks().stream().filter(this::hers).toList();

    var walk = PagedList.walk(rest, MANAGER, "/api/cycles/" + YEAR + "/late-tasks", 2);

    assertThat(hers).as("her department's task, her working team's and the five made hers").hasSize(7);
    assertThat(walk.total()).isEqualTo(hers.size());
    assertThat(walk.pages()).isEqualTo((hers.size() + 1) / 2);
    assertThat(ids(walk)).containsExactlyElementsOf(lateInOrder(hers));
  }

  @Test
  void aBadPageIsRefused() {
    PagedList.assertRefused(rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/late-tasks?page=-1", JsonNode.class), "page");
  }

  private List<Task> openTasks() {
    return tasks.createTaskQuery().active().processVariableValueEquals("year", YEAR).list();
  }

  private List<String> lateInOrder(List<Task> candidates) {
    var now = ClockUtil.getCurrentTime();
    return candidates.stream().filter(task -> task.getDueDate() != null && task.getDueDate().before(now))
        .sorted(Comparator.comparing(Task::getDueDate).thenComparing(Task::getId)).map(Task::getId).toList();
  }

  /** The rule the late tasks of a manager follow: assigned to her, or offered to one of her groups. */
  private boolean hers(Task task) {
    Set<String> groups = identity.createGroupQuery().groupMember(MANAGER).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
    return MANAGER.equals(task.getAssignee()) || groupsOf(task).stream().anyMatch(groups::contains);
  }

  private void dueAt(Task task, Instant due) {
    task.setDueDate(Date.from(due));
    tasks.saveTask(task);
  }

  private Set<String> groupsOf(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).collect(Collectors.toCollection(HashSet::new));
  }

  private static List<String> ids(PagedList.Walk walk) {
    return walk.items().stream().map(item -> item.get("taskId").asText()).toList();
  }
}
