package org.maagal.deadlines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import org.maagal.api.Problems;
import org.maagal.clock.ApplicationClock;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * For trying the deadlines out (demo profile only, admins only): moves the application's clock
 * forward by whole days and runs a round of the deadline watch at once, so reminders and escalations
 * appear in the outbox and in Tasklist without waiting for the calendar. The round is the watch's
 * own service, not its timer job: the job stays the job executor's, so the two never race over it.
 */
@RestController
@Profile("demo")
@Tag(name = "deadlines")
class TimeTravel {

  private final ApplicationClock clock;
  private final DeadlineWatch watch;

  TimeTravel(ApplicationClock clock, DeadlineWatch watch) {
    this.clock = clock;
    this.watch = watch;
  }

  @PostMapping("/api/admin/time-travel")
  @Operation(summary = "Demo only: move the application's clock forward by {days} and run the deadline watch (admins)")
  Map<String, Object> travel(@RequestBody Travel travel) {
    if (travel.days() < 1 || travel.days() > 365) {
      throw Problems.problem(HttpStatus.BAD_REQUEST, "Invalid days", "אפשר להתקדם 1 עד 365 ימים");
    }
    var now = clock.moveForward(Duration.ofDays(travel.days()));
    watch.run();
    return Map.of("now", now.toString(), "deadlineWatchRan", true);
  }

  record Travel(int days) {
  }
}
