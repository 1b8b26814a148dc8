package org.maagal.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The fan-out to the departments runs in the job executor, all of it or nothing: a failure leaves
 * no department half-started and becomes an incident, which an admin retries once the cause is fixed.
 */
@MaagalIntegrationTest
class DepartmentFanOutIntegrationTest {

  static final String BUSINESS_KEY = "fan-out-failure";

  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  Organization organization;

  @Test
  void aFailedFanOutBecomesAnIncidentWithNoDepartmentStartedAndARetryAfterTheFixStartsThemAll() {
    // started without its year, the fan-out cannot read the departments' indicators
    var phase = runtime.startProcessInstanceByKey("situation-assessment", BUSINESS_KEY,
        Map.of("cycleId", -1L, "phaseName", "הערכת מצב"));
    var fanOut = management.createJobQuery().processInstanceId(phase.getId()).messages().singleResult();
    assertThat(fanOut).as("the fan-out waits for the job executor").isNotNull();
    assertThat(tasks.createTaskQuery().processInstanceId(phase.getId()).taskDefinitionKey("submitCityData").count())
        .as("what does not grow with the departments opens at once").isEqualTo(1);

    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> management.executeJob(fanOut.getId())).hasMessageContaining("year");
    }

    assertThat(runtime.createIncidentQuery().processInstanceId(phase.getId()).incidentType("failedJob").count())
        .isEqualTo(1);
    assertThat(departmentInstances()).isZero();

    // the admin fixes the cause and retries the job, as Cockpit's "increment retries" does
    runtime.setVariable(phase.getId(), "year", 2049);
    management.setJobRetries(fanOut.getId(), 1);
    management.executeJob(fanOut.getId());

    assertThat(runtime.createIncidentQuery().processInstanceId(phase.getId()).count()).isZero();
    assertThat(departmentInstances()).isEqualTo(organization.departmentIds().size());
  }

  private long departmentInstances() {
    return runtime.createProcessInstanceQuery().processDefinitionKey("department-assessment")
        .processInstanceBusinessKey(BUSINESS_KEY).count();
  }
}
