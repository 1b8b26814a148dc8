package org.maagal.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.organization.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "deadlines", description = "לוח הזמנים של המעגל, משימות באיחור וההודעות")
class DeadlinesController {

  private final CycleCalendar calendar;
  private final LateTasks lateTasks;
  private final Notifications notifications;
  private final DigestPreferences digests;
  private final Clock clock;

  DeadlinesController(CycleCalendar calendar, LateTasks lateTasks, Notifications notifications,
      DigestPreferences digests, Clock clock) {
    this.calendar = calendar;
    this.lateTasks = lateTasks;
    this.notifications = notifications;
    this.digests = digests;
    this.clock = clock;
  }

  @GetMapping("/api/cycles/{year}/calendar")
  @Operation(summary = "The cycle's calendar: for each kind of task its business days, reminder and escalations")
  List<DeadlineRule.CalendarEntry> calendar(@PathVariable int year) {
    return calendar.entries(year);
  }

  @PutMapping("/api/cycles/{year}/calendar/{task}")
  @Operation(summary = "Change one line of the cycle's calendar (strategy unit); task \"*\" is the standard line")
  DeadlineRule.CalendarEntry change(@PathVariable int year, @PathVariable String task,
      @RequestBody DeadlinesProperties.Rule rule, Authentication user) {
    return calendar.change(year, task, rule, user.getName());
  }

  @GetMapping("/api/cycles/{year}/late-tasks")
  @Operation(summary = "The cycle's late tasks the caller may see (the strategy unit all, others their groups' and "
      + "their own): business days late, the owner's reason, extensions and other changes",
      description = "Paged. Most late first (the earliest due date first), then by task id.")
  PageOf<LateTasks.LateTaskView> lateTasks(@PathVariable int year, PageQuery page, Authentication user) {
    return lateTasks.of(year, reader(user), page);
  }

  @PutMapping("/api/tasks/{taskId}/late-reason")
  @Operation(summary = "The task's owners say why it is late (its assignee or its group)")
  ResponseEntity<Void> lateReason(@PathVariable String taskId, @RequestBody StatedReason body, Authentication user) {
    lateTasks.stateReason(taskId, body.reason(), reader(user));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/notifications")
  @Operation(summary = "The outbox: reminders, escalations and digests (admins and the strategy unit)",
      description = "Paged. Newest first (by the time the message was written), then by id, newest first.")
  PageOf<Notification.NotificationView> notifications(PageQuery page) {
    return PageOf.of(notifications.findByOrderByCreatedAtDescIdDesc(page.pageable()).map(Notification::view));
  }

  @GetMapping("/api/notifications/unconfirmed")
  @Operation(summary = "E-mails a node marked mailed a minute ago or more that the mail server never confirmed"
      + " (admins and the strategy unit)",
      description = "Paged, by id. The node died, or its connection broke, between marking the message mailed and the"
          + " mail server's answer: the server may not have it, and it is not sent again, so that nobody gets it"
          + " twice. Tell its recipient, or resend it by hand.")
  PageOf<Notification.NotificationView> unconfirmed(PageQuery page) {
    var aMinuteAgo = Instant.now(clock).minus(Duration.ofMinutes(1));
    return PageOf.of(notifications.unconfirmed(aMinuteAgo, page.pageable()).map(Notification::view));
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

  private static LateTasks.Reader reader(Authentication user) {
    var groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return new LateTasks.Reader(user.getName(), Role.seesEverything(groups), groups);
  }

  record StatedReason(@NotBlank String reason) {
  }

  record MailPreference(boolean dailyDigest) {
  }
}
