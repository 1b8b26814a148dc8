package org.maagal.deadlines;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.springframework.stereotype.Component;

/** The manager completed the escalation form ({@code handleEscalation}): carry out the decision. */
@Component("handleEscalation")
class EscalationListener implements TaskListener {

  private final TaskDeadlines deadlines;
  private final ProcessFacts facts;

  EscalationListener(TaskDeadlines deadlines, ProcessFacts facts) {
    this.deadlines = deadlines;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    var form = FormValues.of(task);
    deadlines.decide(facts.of(task).text(Fact.LATE_TASK_ID), form.text("action"), form.integer("extendDays"),
        form.text("newAssignee"), form.text("reason"), form.actor());
  }
}
