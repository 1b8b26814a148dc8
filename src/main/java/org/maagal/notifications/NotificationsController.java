package org.maagal.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

// Under the deadlines tag still: the API's readers found the outbox there before it was a module of its own.
@RestController
@Tag(name = "deadlines")
class NotificationsController {

  private final Notifications notifications;
  private final DigestPreferences digests;
  private final Outbox outbox;
  private final Clock clock;

  NotificationsController(Notifications notifications, DigestPreferences digests, Outbox outbox, Clock clock) {
    this.notifications = notifications;
    this.digests = digests;
    this.outbox = outbox;
    this.clock = clock;
  }

  @GetMapping("/api/notifications")
  @Operation(summary = "The outbox: reminders, escalations, digests and invitations (admins and the strategy unit)",
      description = "Paged. Newest first (by the time the message was written), then by id, newest first.")
  PageOf<Notification.NotificationView> notifications(PageQuery page) {
    return PageOf.of(notifications.findByOrderByCreatedAtDescIdDesc(page.pageable()).map(Notification::view));
  }

  @GetMapping("/api/notifications/unconfirmed")
  @Operation(summary = "E-mails a node marked mailed a minute ago or more that the mail server never confirmed"
      + " (admins and the strategy unit)",
      description = "Paged, by id. The node died, or its connection broke, between marking the message mailed and the"
          + " mail server's answer: the server may not have it, and it is not sent again, so that nobody gets it"
          + " twice. Tell its recipient, or send it again (POST /api/notifications/{id}/resend).")
  PageOf<Notification.NotificationView> unconfirmed(PageQuery page) {
    var aMinuteAgo = Instant.now(clock).minus(Duration.ofMinutes(1));
    return PageOf.of(notifications.unconfirmed(aMinuteAgo, page.pageable()).map(Notification::view));
  }

  @PostMapping("/api/notifications/{id}/resend")
  @Operation(summary = "Sends an unconfirmed e-mail again (admins and the strategy unit)",
      description = "Only a message of /api/notifications/unconfirmed: it waits again and a mailing job starts for it."
          + " The mail server may have had it, so its recipient may get it twice. 404 for no such message, 409 for"
          + " one that is not unconfirmed.")
  Notification.NotificationView resend(@PathVariable long id) {
    return outbox.resend(id);
  }

  @GetMapping("/api/me/notifications")
  @Operation(summary = "How the caller gets reminders: one mail per task, or one daily digest")
  MailPreference mailPreference(Authentication user) {
    return new MailPreference(digests.wantsDigest(user.getName()));
  }

  @PutMapping("/api/me/notifications")
  @Operation(summary = "The caller chooses one daily digest of reminders (true) or a mail per task (false)")
  MailPreference choose(@RequestBody MailPreference preference, Authentication user) {
    var saved = digests.findById(user.getName()).orElseGet(() -> new DigestPreference(user.getName(), false));
    saved.daily(preference.dailyDigest());
    digests.save(saved);
    return preference;
  }

  record MailPreference(boolean dailyDigest) {
  }
}
