package org.maagal.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.maagal.api.Problems;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For trying the deadlines out (demo profile only, admins only): moves the engine's clock forward
 * by whole days and runs the deadline watch at once, so reminders and escalations appear in the
 * outbox and in Tasklist without waiting for the calendar.
 */
@RestController
@Profile("demo")
@Tag(name = "deadlines")
class TimeTravel {

  private final ManagementService management;

  TimeTravel(ManagementService management) {
    this.management = management;
  }

  @PostMapping("/api/admin/time-travel")
  @Operation(summary = "Demo only: move the engine's clock forward by {days} and run the deadline watch (admins)")
  Map<String, Object> travel(@RequestBody Travel travel) {
    if (travel.days() < 1 || travel.days() > 365) {
      throw Problems.problem(HttpStatus.BAD_REQUEST, "Invalid days", "אפשר להתקדם 1 עד 365 ימים");
    }
    // an offset, not a fixed time: the engine's clock keeps running from the new moment
    long offset = ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis();
    ClockUtil.offset(offset + Duration.ofDays(travel.days()).toMillis());
    var watch = management.createJobQuery().processDefinitionKey("deadline-watch").timers().singleResult();
    if (watch != null) {
      management.executeJob(watch.getId());
    }
    return Map.of("now", ClockUtil.getCurrentTime().toInstant().toString(), "deadlineWatchRan", watch != null);
  }

  record Travel(int days) {
  }
}
