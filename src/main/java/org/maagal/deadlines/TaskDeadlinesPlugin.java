package org.maagal.deadlines;

import org.maagal.calendar.IsraeliBusinessCalendar;
import org.maagal.clock.ApplicationClock;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every user task of every process of a cycle gets its due date and follow-up date from the
 * cycle's calendar, in Israeli business days: due at the end of the working day, the reminder on
 * the morning of the follow-up date. Declared once here, not in each BPMN file; a task whose
 * model sets its own due date keeps it.
 */
@Component
class TaskDeadlinesPlugin extends AbstractProcessEnginePlugin {

  static final LocalTime END_OF_WORKDAY = LocalTime.of(16, 0);
  static final LocalTime MORNING = LocalTime.of(9, 0);

  private final CycleCalendar calendar;
  private final IsraeliBusinessCalendar businessDays;
  private final ApplicationClock clock;
  private final ProcessFacts facts;

  TaskDeadlinesPlugin(@Lazy CycleCalendar calendar, IsraeliBusinessCalendar businessDays, ApplicationClock clock,
      ProcessFacts facts) {
    this.facts = facts;
    this.calendar = calendar;
    this.businessDays = businessDays;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener setDeadline = this::setDeadline;
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        task.addTaskListener(TaskListener.EVENTNAME_CREATE, setDeadline);
      }
    });
  }

  private void setDeadline(DelegateTask task) {
    if (task.getDueDate() != null) {
      return;
    }
    var year = facts.of(task).find(Fact.YEAR);
    if (year.isEmpty()) {
      return;
    }
    var rule = calendar.rule(Integer.parseInt(year.get()), task.getTaskDefinitionKey());
    var now = ZonedDateTime.ofInstant(clock.instant(), ApplicationClock.ISRAEL);
    var due = businessDays.addBusinessDays(now.toLocalDate(), rule.due());
    var followUp = businessDays.addBusinessDays(due, -rule.reminderBefore());
    task.setDueDate(Date.from(due.atTime(END_OF_WORKDAY).atZone(ApplicationClock.ISRAEL).toInstant()));
    task.setFollowUpDate(Date.from(followUp.atTime(MORNING).atZone(ApplicationClock.ISRAEL).toInstant()));
  }
}
