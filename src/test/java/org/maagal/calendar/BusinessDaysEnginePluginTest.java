package org.maagal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.calendar.BusinessDaysEngineCalendarTest.israeli;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.maagal.clock.ApplicationClock;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare in-memory engine with the plugin: BPMN durations mean Israeli business days. */
class BusinessDaysEnginePluginTest {

  static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("business-days-plugin-test");
    configuration.setJdbcUrl("jdbc:h2:mem:business-days-plugin-test;DB_CLOSE_DELAY=-1");
    configuration.setProcessEnginePlugins(List.of(new BusinessDaysEnginePlugin(new IsraeliBusinessCalendar(), new ApplicationClock())));
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void durationAndDueDateCountBusinessDaysAndCycleStaysTheEngines() {
    var calendars = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBusinessCalendarManager();

    assertThat(calendars.getBusinessCalendar(DurationBusinessCalendar.NAME)).isInstanceOf(BusinessDaysEngineCalendar.class);
    assertThat(calendars.getBusinessCalendar(DueDateBusinessCalendar.NAME)).isInstanceOf(BusinessDaysEngineCalendar.class);
    assertThat(calendars.getBusinessCalendar(CycleBusinessCalendar.NAME)).isInstanceOf(CycleBusinessCalendar.class);
  }

  @Test
  void userTaskDueDatesAndTimerDurationsAreBusinessDays() {
    var process = Bpmn.createExecutableProcess("businessDaysProcess")
        .camundaHistoryTimeToLive(180)
        .startEvent()
        .userTask("submitPlan").camundaDueDate("P10D").camundaFollowUpDate("P1D")
        .boundaryEvent("remindAboutPlan").cancelActivity(false).timerWithDuration("P3D").endEvent()
        .moveToActivity("submitPlan").endEvent()
        .done();
    engine.getRepositoryService().createDeployment().addModelInstance("businessDaysProcess.bpmn", process).deploy();
    ClockUtil.setCurrentTime(israeli(2025, 11, 6, 9, 0));

    engine.getRuntimeService().startProcessInstanceByKey("businessDaysProcess");

    var task = engine.getTaskService().createTaskQuery().taskDefinitionKey("submitPlan").singleResult();
    var reminder = engine.getManagementService().createJobQuery().activityId("remindAboutPlan").singleResult();
    assertThat(task.getDueDate()).isEqualTo(israeli(2025, 11, 20, 9, 0));
    assertThat(task.getFollowUpDate()).isEqualTo(israeli(2025, 11, 9, 9, 0));
    assertThat(reminder.getDuedate()).isEqualTo(israeli(2025, 11, 11, 9, 0));
  }
}
