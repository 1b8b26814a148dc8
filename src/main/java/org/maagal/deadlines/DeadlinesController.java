package org.maagal.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
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

  DeadlinesController(CycleCalendar calendar, LateTasks lateTasks, Notifications notifications,
      DigestPreferences digests) {
    this.calendar = calendar;
    this.lateTasks = lateTasks;
    this.notifications = notifications;
    this.digests = digests;
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
  @Operation(summary = "The cycle's late tasks: business days late, the owner's reason, extensions and other changes")
  List<LateTasks.LateTaskView> lateTasks(@PathVariable int year, Authentication user) {
    return lateTasks.of(year, reader(user));
  }

  @PutMapping("/api/tasks/{taskId}/late-reason")
  @Operation(summary = "The task's owners say why it is late (its assignee or its group)")
  ResponseEntity<Void> lateReason(@PathVariable String taskId, @RequestBody StatedReason body, Authentication user) {
    lateTasks.stateReason(taskId, body.reason(), reader(user));
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/notifications")
  @Operation(summary = "The outbox: the newest 200 reminders and escalations (admins and the strategy unit)")
  List<Notification.NotificationView> notifications() {
    return notifications.findTop200ByOrderByIdDesc().stream().map(Notification::view).toList();
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
