package org.maagal.meetings;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.maagal.facts.Fact;
import org.maagal.facts.ProcessFacts;
import org.maagal.forms.FormValues;
import org.maagal.organization.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the meeting and action-item processes call when their tasks complete. The meeting and the action item
 * are the instance's recorded facts; the forms carry only the minutes' text and the decisions on them.
 */
@Configuration(proxyBeanMethods = false)
class MeetingTaskListeners {

  /** The agenda is closed: the members are invited. */
  @Bean
  TaskListener closeAgenda(MeetingPlanner planner, Meetings meetings, Invitations invitations, ProcessFacts facts) {
    return task -> {
      FormValues.of(task).requireCallerIn(Role.STRATEGY_UNIT.groupId());
      var meeting = meetings.findById(facts.of(task).number(Fact.MEETING_ID)).orElseThrow();
      meeting.invited();
      invitations.invite(meeting);
    };
  }

  @Bean
  TaskListener closeMeetingRecord(MeetingRecords records, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      long meetingId = facts.of(task).number(Fact.MEETING_ID);
      writeSummary(records, meetingId, form);
      records.close(meetingId, form.actor());
    };
  }

  @Bean
  TaskListener decideMinutes(MeetingRecords records, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      boolean approved = "approve".equals(form.text(MeetingsProcess.MINUTES_DECISION));
      records.decideMinutes(facts.of(task).number(Fact.MEETING_ID), approved,
          form.text(MeetingsProcess.MINUTES_COMMENTS), form.actor());
      task.getExecution().setVariable(MeetingsProcess.MINUTES_APPROVED, approved);
    };
  }

  @Bean
  TaskListener resubmitMinutes(MeetingRecords records, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      form.requireCallerIn(Role.STRATEGY_UNIT.groupId());
      long meetingId = facts.of(task).number(Fact.MEETING_ID);
      writeSummary(records, meetingId, form);
      records.resubmitMinutes(meetingId, form.actor());
    };
  }

  @Bean
  TaskListener completeActionItem(MeetingRecords records, ProcessFacts facts) {
    return task -> {
      var form = FormValues.of(task);
      records.actionDone(facts.of(task).number(Fact.ACTION_ITEM_ID), form.text(MeetingsProcess.ACTION_RESULT),
          form.actor());
    };
  }

  private static void writeSummary(MeetingRecords records, long meetingId, FormValues form) {
    var summary = form.text(MeetingsProcess.SUMMARY);
    if (summary != null) {
      records.writeMinutesFromForm(meetingId, summary, form.actor());
    }
  }
}
