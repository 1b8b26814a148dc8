package org.maagal.publication;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;
import org.maagal.cycle.CycleProcess;

/**
 * The paths of {@code publication}: a proposal waits on the committee's agenda, with no user task, until a meeting
 * (or a circulation) decides it; approved it ends published, not approved it ends unpublished.
 */
@Deployment(resources = "publication.bpmn")
class PublicationProcessTest {

  private static final String DECIDED = "committeeDecided";
  private static final String WAITING = "decidePublishing";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(PublicationProcess.PROCESS_ID);

  Stub putPublicationOnAgenda;
  Stub decidePublication;

  @BeforeEach
  void stubTheFeatures() {
    putPublicationOnAgenda = Stub.register("putPublicationOnAgenda");
    decidePublication = Stub.register("decidePublication");
  }

  @Test
  void anApprovedProposalEndsPublished() {
    var proposal = start();
    assertThat(proposal).isWaitingAt(WAITING);
    Assertions.assertThat(taskQuery().processInstanceId(proposal.getId()).list())
        .as("no user task: the committee decides in its meeting").isEmpty();
    Assertions.assertThat(putPublicationOnAgenda.calls()).containsExactly(WAITING);
    Assertions.assertThat(decidePublication.calls()).isEmpty();

    committeeDecides(proposal, true);

    assertThat(proposal).isEnded().hasPassed("published").hasNotPassed("notPublished");
    Assertions.assertThat(decidePublication.calls()).containsExactly(WAITING);
  }

  @Test
  void aProposalNotApprovedEndsUnpublished() {
    var proposal = start();

    committeeDecides(proposal, false);

    assertThat(proposal).isEnded().hasPassed("notPublished").hasNotPassed("published");
    Assertions.assertThat(putPublicationOnAgenda.calls()).as("not put on an agenda again").hasSize(1);
  }

  private void committeeDecides(ProcessInstance proposal, boolean approved) {
    decidePublication.willSet(PublicationProcess.APPROVED, approved);
    runtimeService().createMessageCorrelation(DECIDED).processInstanceId(proposal.getId()).correlate();
  }

  private static ProcessInstance start() {
    var proposal = runtimeService().startProcessInstanceByKey(PublicationProcess.PROCESS_ID, "publication-9",
        withVariables(CycleProcess.YEAR, 2031, PublicationProcess.PUBLICATION_ID, 9L));
    assertThat(proposal).isStarted();
    return proposal;
  }
}
