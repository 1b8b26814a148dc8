package org.maagal.notifications;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The {@code mail-notifications} process's service task: one share of the outbox's waiting e-mail. */
@Component("mailNotifications")
class MailNotificationsDelegate implements JavaDelegate {

  private final Outbox outbox;

  MailNotificationsDelegate(Outbox outbox) {
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    outbox.mailWaiting(Outbox.SHARE);
  }
}
