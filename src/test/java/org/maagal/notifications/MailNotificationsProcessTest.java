package org.maagal.notifications;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.ProcessPaths;
import org.maagal.Stub;

/** The path of {@code mail-notifications}: one share of the outbox is mailed in the job executor, never in its starter. */
@Deployment(resources = "mail-notifications.bpmn")
class MailNotificationsProcessTest {

  private static final String MAIL = "mailNotifications";

  @RegisterExtension
  static final ProcessPaths paths = ProcessPaths.of(MailNotificationsProcess.PROCESS_ID);

  Stub mailNotifications;

  @BeforeEach
  void stubTheOutbox() {
    mailNotifications = Stub.register("mailNotifications");
  }

  @Test
  void theShareIsMailedByTheJobExecutor() {
    var mailing = start();
    assertThat(mailing).isWaitingAt(MAIL);
    Assertions.assertThat(mailNotifications.calls()).as("not in the transaction that started it").isEmpty();

    execute(job());

    assertThat(mailing).isEnded().hasPassed("mailed");
    Assertions.assertThat(mailNotifications.calls()).containsExactly(MAIL);
  }

  @Test
  void aFailedMailingStaysWithItsJobForTheRetries() {
    var mailing = start();
    mailNotifications.willFail(new IllegalStateException("the mail server did not answer"));

    Assertions.assertThatThrownBy(() -> execute(job())).hasMessageContaining("the mail server did not answer");

    assertThat(mailing).isWaitingAt(MAIL);
    Assertions.assertThat(job().getRetries()).isEqualTo(2);
    execute(job());
    assertThat(mailing).isEnded();
  }

  private ProcessInstance start() {
    var mailing = runtimeService().startProcessInstanceByKey(MailNotificationsProcess.PROCESS_ID);
    assertThat(mailing).isStarted();
    return mailing;
  }
}
