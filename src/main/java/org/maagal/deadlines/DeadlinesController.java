package org.maagal.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.maagal.api.PageOf;
import org.maagal.api.PageQuery;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
  private final Organization organization;

  DeadlinesController(CycleCalendar calendar, LateTasks lateTasks, Organization organization) {
    this.calendar = calendar;
    this.lateTasks = lateTasks;
    this.organization = organization;
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

  private LateTasks.Reader reader(Authentication user) {
    return LateTasks.Reader.of(Caller.of(user), organization);
  }

  record StatedReason(@NotBlank String reason) {
  }
}
