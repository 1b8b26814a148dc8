package org.maagal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maagal.meetings.MeetingsAtOnce;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.spreadsheets.HostileCells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

/**
 * The dashboard's CSV of late tasks, where a department's own words (its late reason) reach the strategy unit's
 * Excel. Cycle year 2068, which no other test uses (the dashboard's own test keeps 2010–2020 to itself).
 */
@MaagalIntegrationTest
class LateCsvIntegrationTest {

  static final int YEAR = 2068;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  RuntimeService runtime;

  TestCycles cycles;

  @AfterEach
  void endTheCycle() {
    cycles.endAll();
  }

  @Test
  void aLateReasonThatIsAFormulaComesOutAsText() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
    cycles.start(YEAR);
    var youth = tasks.createTaskQuery().taskDefinitionKey("submitDepartmentAssessment").taskCandidateGroup("dept-youth")
        .processVariableValueEquals("year", YEAR).singleResult();
    youth.setDueDate(Date.from(Instant.now().minus(30, ChronoUnit.DAYS)));
    tasks.saveTask(youth);
    var stated = new TasklistUser(rest, "itay-ron").send(HttpMethod.PUT, "/api/tasks/" + youth.getId() + "/late-reason",
        "{\"reason\":\"" + HostileCells.HYPERLINK.replace("\"", "\\\"") + "\"}");
    assertThat(stated.getStatusCode().value()).isEqualTo(204);

    var csv = rest.withBasicAuth("noa-barak", "ein-karmit-demo").getForEntity("/dashboard/late.csv?year=" + YEAR, byte[].class);

    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    var records = HostileCells.csvRecords(csv.getBody());
    var header = records.get(0);
    var row = records.stream().filter(record -> record.get(0).contains("מחלקת נוער וצעירים")).findFirst().orElseThrow();
    assertThat(row.get(header.indexOf("סיבה"))).isEqualTo("'" + HostileCells.HYPERLINK);
    assertThat(row.get(header.indexOf("ימי עבודה באיחור"))).as("a number stays a number").matches("\\d+");
  }
}
