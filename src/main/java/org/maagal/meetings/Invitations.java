package org.maagal.meetings;

import org.springframework.stereotype.Component;

/** Invites a committee's members to a meeting by e-mail with an iCalendar file, through the outbox. */
@Component
class Invitations {

  void invite(Meeting meeting) {
  }

  void cancel(Meeting meeting) {
  }
}
