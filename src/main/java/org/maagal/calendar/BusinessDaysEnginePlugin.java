package org.maagal.calendar;

import java.time.Clock;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes every due date, follow-up date, {@code timeDuration} and {@code timeDate} of every process count
 * Israeli business days, so that no BPMN file needs its own expression for it. {@code timeCycle} keeps
 * the engine's cycle calendar: the engine casts it to {@link CycleBusinessCalendar} to repeat a timer.
 */
@Component
class BusinessDaysEnginePlugin extends AbstractProcessEnginePlugin {

  private final IsraeliBusinessCalendar calendar;
  private final Clock clock;

  BusinessDaysEnginePlugin(IsraeliBusinessCalendar calendar, Clock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    BusinessCalendar businessDays = new BusinessDaysEngineCalendar(calendar, clock);
    var manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME, businessDays);
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME, businessDays);
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, cycleCalendar(configuration.getBusinessCalendarManager()));
    configuration.setBusinessCalendarManager(manager);
  }

  /** A cycle calendar someone configured before us, else the engine's default one. */
  private static BusinessCalendar cycleCalendar(BusinessCalendarManager configured) {
    BusinessCalendar cycle = configured != null ? configured.getBusinessCalendar(CycleBusinessCalendar.NAME) : null;
    return cycle instanceof CycleBusinessCalendar ? cycle : new CycleBusinessCalendar();
  }
}
