package org.maagal.meetings;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.facts.Fact;

/**
 * The path of {@code action-item}: one task for the item's owner, a person (its assignee) or a department or
 * committee (its candidate group), due on the date the meeting set; the owner's report completes it.
 */
@Deployment(resources = "action-item.bpmn")
class ActionItemProcessTest {

  private static final Date DUE = Date.from(Instant.parse("2031-04-20T13:00:00Z"));
  private static final String TITLE = "משימה מישיבת ועדת ההיגוי: להציג תכנית חניה";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(MeetingsProcess.ACTION_PROCESS);

  ProxiedMeetingSchedule schedule;
  Stub completeActionItem;

  @BeforeEach
  void stubTheFeatures() {
    schedule = mock(ProxiedMeetingSchedule.class);
    when(schedule.actionTitle(any())).thenReturn(TITLE);
    when(schedule.actionDue(any())).thenReturn(DUE);
    Mocks.register("meetingSchedule", schedule);
    completeActionItem = Stub.register("completeActionItem");
  }

  @Test
  void aPersonsItemIsAssignedToThatPerson() {
    when(schedule.actionAssignee(any())).thenReturn("dana");
    when(schedule.actionGroups(any())).thenReturn(List.of());
    var item = start(5L);

    assertThat(item).isWaitingAt(MeetingsProcess.ACTION_TASK);
    assertThat(task()).hasName(TITLE).isAssignedTo("dana").hasDueDate(DUE);
    Assertions.assertThat(candidateGroups()).isEmpty();
    Assertions.assertThat(completeActionItem.calls()).isEmpty();

    complete(task());

    assertThat(item).isEnded().hasPassed("actionDone");
    Assertions.assertThat(completeActionItem.calls()).containsExactly(MeetingsProcess.ACTION_TASK);
  }

  @Test
  void aDepartmentsItemGoesToItsGroup() {
    when(schedule.actionAssignee(any())).thenReturn(null);
    when(schedule.actionGroups(any())).thenReturn(List.of("dept-x"));
    var item = start(6L);

    assertThat(item).isWaitingAt(MeetingsProcess.ACTION_TASK);
    assertThat(task()).hasName(TITLE).isNotAssigned().hasCandidateGroup("dept-x").hasDueDate(DUE);
    Assertions.assertThat(candidateGroups()).containsExactly("dept-x");

    complete(task());

    assertThat(item).isEnded().hasPassed("actionDone");
    Assertions.assertThat(completeActionItem.calls()).containsExactly(MeetingsProcess.ACTION_TASK);
  }

  private ProcessInstance start(long actionItemId) {
    var item = runtimeService().startProcessInstanceByKey(MeetingsProcess.ACTION_PROCESS, "action-" + actionItemId,
        withVariables(Fact.ACTION_ITEM_ID.variable(), actionItemId));
    assertThat(item).isStarted();
    return item;
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

  private static List<String> candidateGroups() {
    return taskService().getIdentityLinksForTask(task().getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
