package org.maagal;

import org.maagal.meetings.MeetingsAtOnce;
import static org.maagal.JsonBody.json;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The cycles a test class starts, each for a year of its own, brought to the phase the test is about
 * and ended when the test is done: the test classes share one database, and the deadline watch that
 * later tests drive would otherwise remind and escalate every task left open.
 */
public final class TestCycles {

  private final TestRestTemplate rest;
  private final ManagementService management;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final MeetingsAtOnce meetings;
  private final List<Integer> started = new ArrayList<>();

  public TestCycles(TestRestTemplate rest, ManagementService management, TaskService tasks, RuntimeService runtime,
      MeetingsAtOnce meetings) {
    this.rest = rest;
    this.management = management;
    this.tasks = tasks;
    this.runtime = runtime;
    this.meetings = meetings;
  }

  /** The strategy unit starts the year's cycle; every department's assessment task is open. */
  public void start(int year) {
    started.add(year);
    var response = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles",
        json("{\"year\": " + year + "}"), String.class);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("Cycle " + year + " not started: " + response.getBody());
    }
    AsyncContinuations.runAll(management);
  }

  /**
   * The strategy unit starts the year's cycle; phases 1 and 2 are completed with the demo municipality's tree
   * and budget book (whatever an earlier test year approved or imported); every department's draft plan is open.
   */
  public void toWorkPlans(int year) {
    start(year);
    upload("/api/cycles/" + year + "/goals/import", "goals/demo-goal-tree-2027.csv");
    upload("/api/cycles/" + year + "/budget/import", "budget/demo-budget-book.csv");
    var fastForward = new CycleFastForward(tasks, meetings);
    fastForward.throughSituationAssessment(year);
    fastForward.throughGoalPlanning(year);
    AsyncContinuations.runAll(management);
  }

  private void upload(String path, String demoFile) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ClassPathResource(demoFile));
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var response = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity(path, new HttpEntity<>(body, headers),
        String.class);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException(demoFile + " was not uploaded to " + path + ": " + response.getBody());
    }
  }

  /** Ends the process of every cycle started here; the data the cycles wrote stays. */
  public void endAll() {
    for (int year : started) {
      runtime.createProcessInstanceQuery().processDefinitionKey("annual-planning-cycle")
          .variableValueEquals("year", year).list()
          .forEach(cycle -> runtime.deleteProcessInstance(cycle.getId(), "test over"));
    }
    started.clear();
  }
}
