package org.maagal.meetings;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.maagal.facts.Fact;
import org.springframework.stereotype.Component;

/** The {@code year-meetings} process's service task: the cycle year's committee meetings put on the calendar. */
@Component("yearMeetings")
class YearMeetingsDelegate implements JavaDelegate {

  private final MeetingPlanner planner;

  YearMeetingsDelegate(MeetingPlanner planner) {
    this.planner = planner;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!(execution.getVariable(Fact.YEAR.variable()) instanceof Integer year)) {
      throw new IllegalStateException("year-meetings started without a year: " + execution.getProcessInstanceId());
    }
    planner.planYear(year);
  }
}
