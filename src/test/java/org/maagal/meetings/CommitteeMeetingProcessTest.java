package org.maagal.meetings;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.facts.Fact;

/**
 * Every path of {@code committee-meeting}: the agenda, at once when it is already open or when its timer fires; the
 * strategy unit prepares and closes it, then records the meeting; the chair approves the minutes, or returns them
 * for correction and approves them again. The dates, the title and the chair come from {@code meetingSchedule}.
 */
@Deployment(resources = "committee-meeting.bpmn")
class CommitteeMeetingProcessTest {

  private static final Date AGENDA_OPENS = at("2031-03-01T08:00:00Z");
  private static final Date AGENDA_DUE = at("2031-03-09T14:00:00Z");
  private static final Date STARTS = at("2031-03-12T15:00:00Z");
  private static final Date RECORD_DUE = at("2031-03-16T14:00:00Z");
  private static final String CHAIR = "mayor";
  private static final long MEETING = 42L;
  private static final String TITLE = "ועדת היגוי, 12.3.2031";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(MeetingsProcess.MEETING_PROCESS);

  ProxiedMeetingSchedule schedule;
  Stub closeAgenda;
  Stub closeMeetingRecord;
  Stub decideMinutes;
  Stub resubmitMinutes;

  @BeforeEach
  void stubTheFeatures() {
    schedule = mock(ProxiedMeetingSchedule.class);
    when(schedule.agendaOpensAt(any())).thenReturn(AGENDA_OPENS);
    when(schedule.agendaDue(any())).thenReturn(AGENDA_DUE);
    when(schedule.startsAt(any())).thenReturn(STARTS);
    when(schedule.recordDue(any())).thenReturn(RECORD_DUE);
    when(schedule.chair(any())).thenReturn(CHAIR);
    // the title of the meeting the instance is about: the bean reads it from the execution it is given
    when(schedule.title(any())).thenAnswer(call -> {
      var execution = call.<DelegateExecution>getArgument(0);
      return Long.valueOf(MEETING).equals(execution.getVariable(Fact.MEETING_ID.variable())) ? TITLE : "another";
    });
    Mocks.register("meetingSchedule", schedule);
    closeAgenda = Stub.register("closeAgenda");
    closeMeetingRecord = Stub.register("closeMeetingRecord");
    decideMinutes = Stub.register("decideMinutes");
    resubmitMinutes = Stub.register("resubmitMinutes");
  }

  @Test
  void anAgendaAlreadyOpenIsPreparedAtOnceAndTheChairApprovesTheMinutes() {
    when(schedule.agendaOpen(any())).thenReturn(true);
    var meeting = start();

    assertThat(meeting).isWaitingAt(MeetingsProcess.PREPARE_TASK).hasPassed("agendaOpen")
        .hasNotPassed("untilAgendaOpens");
    Assertions.assertThat(timers()).isZero();
    verify(schedule, never()).agendaOpensAt(any());
    assertThat(task()).hasName("סדר היום: " + TITLE).hasCandidateGroup("strategy-unit").hasDueDate(AGENDA_DUE)
        .isNotAssigned();
    Assertions.assertThat(task().getFollowUpDate()).isEqualTo(AGENDA_DUE);
    complete(task());
    Assertions.assertThat(closeAgenda.calls()).containsExactly(MeetingsProcess.PREPARE_TASK);

    assertRecordAndApproval(meeting);
    Assertions.assertThat(resubmitMinutes.calls()).isEmpty();
  }

  @Test
  void anAgendaNotYetOpenWaitsForItsTimer() {
    when(schedule.agendaOpen(any())).thenReturn(false);
    var meeting = start();

    assertThat(meeting).isWaitingAt("untilAgendaOpens");
    Assertions.assertThat(taskQuery().processInstanceId(meeting.getId()).count()).isZero();
    Job timer = jobQuery().processInstanceId(meeting.getId()).timers().singleResult();
    Assertions.assertThat(timer.getDuedate()).as("when the agenda opens").isEqualTo(AGENDA_OPENS);
    verify(schedule, atLeastOnce()).agendaOpen(any());

    paths.setCurrentTime(AGENDA_OPENS);
    execute(timer);

    assertThat(meeting).isWaitingAt(MeetingsProcess.PREPARE_TASK).hasPassed("untilAgendaOpens");
    assertThat(task()).hasName("סדר היום: " + TITLE).hasCandidateGroup("strategy-unit").hasDueDate(AGENDA_DUE);
    complete(task());
    Assertions.assertThat(closeAgenda.calls()).containsExactly(MeetingsProcess.PREPARE_TASK);
    assertRecordAndApproval(meeting);
  }

  @Test
  void minutesReturnedAreCorrectedAndApprovedAgain() {
    when(schedule.agendaOpen(any())).thenReturn(true);
    var meeting = start();
    complete(task(MeetingsProcess.PREPARE_TASK));
    complete(task(MeetingsProcess.RECORD_TASK));
    assertThat(meeting).isWaitingAt(MeetingsProcess.APPROVE_MINUTES_TASK);

    decideMinutes.willSet(MeetingsProcess.MINUTES_APPROVED, false);
    complete(task(MeetingsProcess.APPROVE_MINUTES_TASK));

    assertThat(meeting).isWaitingAt(MeetingsProcess.CORRECT_MINUTES_TASK).hasNotPassed("meetingClosed");
    assertThat(task()).hasName("תיקון הפרוטוקול: " + TITLE).hasCandidateGroup("strategy-unit").isNotAssigned();
    Assertions.assertThat(decideMinutes.calls()).containsExactly(MeetingsProcess.APPROVE_MINUTES_TASK);
    complete(task());
    Assertions.assertThat(resubmitMinutes.calls()).containsExactly(MeetingsProcess.CORRECT_MINUTES_TASK);

    assertThat(meeting).isWaitingAt(MeetingsProcess.APPROVE_MINUTES_TASK);
    assertThat(task()).hasName("אישור הפרוטוקול: " + TITLE).isAssignedTo(CHAIR);
    decideMinutes.willSet(MeetingsProcess.MINUTES_APPROVED, true);
    complete(task());

    assertThat(meeting).isEnded().hasPassed(MeetingsProcess.CORRECT_MINUTES_TASK, "meetingClosed");
    Assertions.assertThat(decideMinutes.calls()).containsExactly(MeetingsProcess.APPROVE_MINUTES_TASK,
        MeetingsProcess.APPROVE_MINUTES_TASK);
    Assertions.assertThat(closeMeetingRecord.calls()).containsExactly(MeetingsProcess.RECORD_TASK);
  }

  /** After the agenda: the meeting's record, then the chair approves the minutes at the first reading. */
  private void assertRecordAndApproval(ProcessInstance meeting) {
    assertThat(meeting).isWaitingAt(MeetingsProcess.RECORD_TASK);
    assertThat(task()).hasName("רישום הישיבה: " + TITLE).hasCandidateGroup("strategy-unit").hasDueDate(RECORD_DUE)
        .isNotAssigned();
    Assertions.assertThat(task().getFollowUpDate()).as("follow up when the meeting starts").isEqualTo(STARTS);
    Assertions.assertThat(closeMeetingRecord.calls()).isEmpty();
    complete(task());
    Assertions.assertThat(closeMeetingRecord.calls()).containsExactly(MeetingsProcess.RECORD_TASK);

    assertThat(meeting).isWaitingAt(MeetingsProcess.APPROVE_MINUTES_TASK);
    assertThat(task()).hasName("אישור הפרוטוקול: " + TITLE).isAssignedTo(CHAIR);
    Assertions.assertThat(decideMinutes.calls()).isEmpty();
    decideMinutes.willSet(MeetingsProcess.MINUTES_APPROVED, true);
    complete(task());

    assertThat(meeting).isEnded().hasPassed("meetingClosed").hasNotPassed(MeetingsProcess.CORRECT_MINUTES_TASK);
    Assertions.assertThat(decideMinutes.calls()).containsExactly(MeetingsProcess.APPROVE_MINUTES_TASK);
    Assertions.assertThat(closeAgenda.calls()).containsExactly(MeetingsProcess.PREPARE_TASK);
  }

  private ProcessInstance start() {
    var meeting = runtimeService().startProcessInstanceByKey(MeetingsProcess.MEETING_PROCESS, "meeting-" + MEETING,
        withVariables(Fact.MEETING_ID.variable(), MEETING));
    assertThat(meeting).isStarted();
    return meeting;
  }

  private static long timers() {
    return jobQuery().processDefinitionKey(MeetingsProcess.MEETING_PROCESS).timers().count();
  }

  /**
   * {@link MeetingSchedule} as the engine meets it in the application: a public subclass (Spring's proxy for its
   * {@code @Transactional}). The class itself is package-private, and the engine's expression language calls no
   * method of a class that is not public (a mock of it fails with "method is null"); a subclass keeps the check that
   * the BPMN calls only methods the real bean has.
   */
  public static class ProxiedMeetingSchedule extends MeetingSchedule {

    ProxiedMeetingSchedule() {
      super(null, null, null, null, null, null);
    }
  }

  private static Date at(String instant) {
    return Date.from(Instant.parse(instant));
  }
}
