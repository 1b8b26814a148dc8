package org.maagal.control;

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

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.StubOrganization;
import org.maagal.cycle.CycleProcess;

/**
 * Every path of {@code mid-year-control}: the rules flag the deviations, each department with deviations answers
 * them (in the job executor), then the strategy unit compiles the report; a round without deviations goes straight
 * to the report.
 */
@Deployment(resources = "mid-year-control.bpmn")
class MidYearControlProcessTest {

  private static final String CORRECTIONS = "departmentCorrections";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(ControlProcess.PROCESS_ID);

  MidYearControl control;
  Stub flagDeviations;
  Stub showSummary;
  Stub compileReport;

  @BeforeEach
  void stubTheFeature() {
    paths.deployStandIn(ControlProcess.DEPARTMENT_PROCESS_ID);
    StubOrganization.register();
    control = mock(MidYearControl.class);
    Mocks.register("midYearControl", control);
    flagDeviations = Stub.register("flagDeviations");
    showSummary = Stub.register("showControlSummary");
    compileReport = Stub.register("compileControlReport");
  }

  @Test
  void eachDepartmentWithDeviationsAnswersThemThenTheStrategyUnitCompilesTheReport() {
    when(control.departmentsWithDeviations(2031)).thenReturn(List.of("education", "welfare"));
    var controlInstance = start();

    Assertions.assertThat(flagDeviations.calls()).hasSize(1);
    assertThat(controlInstance).isWaitingAt(fanOut(CORRECTIONS));
    execute(job(fanOut(CORRECTIONS)));
    var departments = processInstanceQuery().superProcessInstanceId(controlInstance.getId()).list();
    Assertions.assertThat(departments).extracting(department -> runtimeService().getVariables(department.getId()))
        .allSatisfy(variables -> Assertions.assertThat(variables).containsEntry(CycleProcess.YEAR, 2031)
            .containsEntry(CycleProcess.CYCLE_ID, 7L))
        .extracting(variables -> variables.get(CycleProcess.DEPARTMENT_ID) + " "
            + variables.get(CycleProcess.DEPARTMENT_NAME))
        .containsExactlyInAnyOrder("education " + StubOrganization.nameOf("education"),
            "welfare " + StubOrganization.nameOf("welfare"));

    complete(task(departments.get(0)));
    assertThat(controlInstance).as("not before every department answered").isWaitingAt(fanOut(CORRECTIONS));
    complete(task(departments.get(1)));

    assertThat(controlInstance).isWaitingAt(ControlProcess.REPORT_TASK);
    assertThat(task(controlInstance)).hasCandidateGroup("strategy-unit");
    Assertions.assertThat(showSummary.calls()).hasSize(1);
    complete(task(controlInstance));

    assertThat(controlInstance).isEnded().hasPassed("controlReported");
    Assertions.assertThat(compileReport.calls()).hasSize(1);
  }

  @Test
  void aRoundWithoutDeviationsGoesStraightToTheReport() {
    when(control.departmentsWithDeviations(2031)).thenReturn(List.of());
    var controlInstance = start();

    execute(job(fanOut(CORRECTIONS)));

    assertThat(controlInstance).isWaitingAt(ControlProcess.REPORT_TASK);
  }

  private ProcessInstance start() {
    var controlInstance = runtimeService().startProcessInstanceByKey(ControlProcess.PROCESS_ID, "cycle-2031",
        withVariables(CycleProcess.CYCLE_ID, 7L, CycleProcess.YEAR, 2031, CycleProcess.PHASE_NAME, "מדידה ובקרה"));
    assertThat(controlInstance).isStarted();
    return controlInstance;
  }
}
