package org.maagal.measurement;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.maagal.ProcessPaths.fanOut;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.StubOrganization;
import org.maagal.cycle.CycleProcess;

/**
 * Every path of {@code measurement}: each round's timer fires on the day the measurement calendar gives, each
 * round's department reports (in the job executor) are in before the next step, and the mid-year control runs beside
 * the wait for the annual round: the phase closes when both are done, in either order.
 */
@Deployment(resources = "measurement.bpmn")
class MeasurementProcessTest {

  private static final String SEMI_ANNUAL_OPENS = "semiAnnualRoundOpens";
  private static final String SEMI_ANNUAL_ROUND = "semiAnnualRound";
  private static final String ANNUAL_OPENS = "annualRoundOpens";
  private static final String ANNUAL_ROUND = "annualRound";
  private static final String MID_YEAR_CONTROL = "midYearControl";
  private static final Date SEMI_ANNUAL_DAY = Date.from(Instant.parse("2031-07-01T05:00:00Z"));
  private static final Date ANNUAL_DAY = Date.from(Instant.parse("2032-01-15T06:00:00Z"));

  /** The mid-year control, a process of the control feature, which measurement calls when the semi-annual round is in. */
  private static final String CONTROL_PROCESS_ID = "mid-year-control";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(MeasurementProcess.PROCESS_ID);

  @BeforeEach
  void stubTheFeatures() {
    paths.deployStandIn(MeasurementProcess.DEPARTMENT_PROCESS_ID);
    paths.deployStandIn(CONTROL_PROCESS_ID);
    StubOrganization.register();
    var calendar = mock(MeasurementCalendar.class);
    when(calendar.opens(2031, "SEMI_ANNUAL")).thenReturn(SEMI_ANNUAL_DAY);
    when(calendar.opens(2031, "ANNUAL")).thenReturn(ANNUAL_DAY);
    Mocks.register("measurementCalendar", calendar);
    roundClosed = Stub.register("announceRoundClosed");
  }

  Stub roundClosed;

  @Test
  void theSemiAnnualRoundOpensOnItsDayForEveryDepartment() {
    var phase = start();
    assertThat(phase).isWaitingAt(SEMI_ANNUAL_OPENS);
    assertThat(job()).hasDueDate(SEMI_ANNUAL_DAY);

    execute(job());
    assertThat(phase).isWaitingAt(fanOut(SEMI_ANNUAL_ROUND));
    execute(job(fanOut(SEMI_ANNUAL_ROUND)));

    Assertions.assertThat(reports(phase)).extracting(report -> runtimeService().getVariables(report.getId()))
        .allSatisfy(variables -> Assertions.assertThat(variables).containsEntry(CycleProcess.CYCLE_ID, 7L)
            .containsEntry(CycleProcess.YEAR, 2031).containsEntry("round", "SEMI_ANNUAL")
            .containsEntry("roundPath", "semi-annual").containsEntry("roundName", "מדידה חצי שנתית"))
        .extracting(variables -> variables.get(CycleProcess.DEPARTMENT_ID) + " " + variables.get(CycleProcess.DEPARTMENT_NAME))
        .containsExactlyInAnyOrder("education " + StubOrganization.nameOf("education"),
            "welfare " + StubOrganization.nameOf("welfare"));
  }

  @Test
  void theMidYearControlRunsBesideTheWaitForTheAnnualRoundAndThePhaseClosesWhenBothAreDone() {
    var phase = start();
    execute(job());
    execute(job(fanOut(SEMI_ANNUAL_ROUND)));
    var semiAnnual = reports(phase);
    complete(task(semiAnnual.get(0)));
    assertThat(phase).isWaitingAt(fanOut(SEMI_ANNUAL_ROUND));
    Assertions.assertThat(roundClosed.calls()).as("not before every department reported").isEmpty();
    complete(task(semiAnnual.get(1)));

    Assertions.assertThat(roundClosed.calls()).as("the semi-annual round is over").hasSize(1);
    assertThat(phase).isWaitingAt(ANNUAL_OPENS, MID_YEAR_CONTROL);
    execute(job(MID_YEAR_CONTROL));
    var control = control(phase);
    Assertions.assertThat(runtimeService().getVariables(control.getId())).containsEntry(CycleProcess.CYCLE_ID, 7L)
        .containsEntry(CycleProcess.YEAR, 2031);

    assertThat(job(ANNUAL_OPENS)).hasDueDate(ANNUAL_DAY);
    execute(job(ANNUAL_OPENS));
    assertThat(phase).isWaitingAt(fanOut(ANNUAL_ROUND), MID_YEAR_CONTROL);
    execute(job(fanOut(ANNUAL_ROUND)));
    var annual = reports(phase);
    Assertions.assertThat(annual).hasSize(2).extracting(report -> runtimeService().getVariable(report.getId(), "round"))
        .containsOnly("ANNUAL");
    annual.forEach(report -> complete(task(report)));
    Assertions.assertThat(roundClosed.calls()).as("and then the annual one").hasSize(2);

    assertThat(phase).as("the phase waits for the control's report").isWaitingAt(MID_YEAR_CONTROL)
        .hasNotPassed("phaseClosed");
    complete(task(control));
    assertThat(phase).isEnded().hasPassed("phaseClosed");
  }

  @Test
  void aControlDoneBeforeTheAnnualRoundLeavesThePhaseWaitingForIt() {
    var phase = start();
    execute(job());
    execute(job(fanOut(SEMI_ANNUAL_ROUND)));
    reports(phase).forEach(report -> complete(task(report)));
    assertThat(phase).isWaitingAt(ANNUAL_OPENS, MID_YEAR_CONTROL);
    execute(job(MID_YEAR_CONTROL));
    complete(task(control(phase)));

    assertThat(phase).isWaitingAt(ANNUAL_OPENS).hasNotPassed("phaseClosed");
    execute(job(ANNUAL_OPENS));
    execute(job(fanOut(ANNUAL_ROUND)));
    reports(phase).forEach(report -> complete(task(report)));

    assertThat(phase).isEnded().hasPassed("phaseClosed");
  }

  @Test
  void theListenerKnowsTheAnnualRoundsClosingByTheFlowOutOfIt() throws Exception {
    try (var bpmn = getClass().getClassLoader().getResourceAsStream("measurement.bpmn")) {
      var flow = Bpmn.readModelFromStream(bpmn).<SequenceFlow>getModelElementById(MeasurementProcess.ANNUAL_CLOSED_FLOW);
      Assertions.assertThat(flow).as(MeasurementProcess.ANNUAL_CLOSED_FLOW).isNotNull();
      Assertions.assertThat(flow.getSource().getId()).isEqualTo(ANNUAL_ROUND);
    }
  }

  private static ProcessInstance control(ProcessInstance phase) {
    return processInstanceQuery().superProcessInstanceId(phase.getId()).processDefinitionKey(CONTROL_PROCESS_ID)
        .singleResult();
  }

  private ProcessInstance start() {
    var phase = runtimeService().startProcessInstanceByKey(MeasurementProcess.PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.PHASE_NAME, "מדידה ובקרה"));
    assertThat(phase).isStarted();
    return phase;
  }

  private static List<ProcessInstance> reports(ProcessInstance phase) {
    return processInstanceQuery().superProcessInstanceId(phase.getId())
        .processDefinitionKey(MeasurementProcess.DEPARTMENT_PROCESS_ID).list();
  }
}
