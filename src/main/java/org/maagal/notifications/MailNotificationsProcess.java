package org.maagal.notifications;

/** Id of the {@code mail-notifications} process, started by the outbox, one instance per share of its e-mail. */
final class MailNotificationsProcess {

  static final String PROCESS_ID = "mail-notifications";

  private MailNotificationsProcess() {
  }
}
