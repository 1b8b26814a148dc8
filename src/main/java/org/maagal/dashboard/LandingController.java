package org.maagal.dashboard;

import java.util.stream.Stream;
import org.maagal.organization.Caller;
import org.maagal.organization.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a person lands after logging in to Tasklist (asked by Tasklist's {@code maagal/landing.js}): the strategy
 * unit, the CEO and the mayor on the dashboard, which shows them the whole city; anyone else stays in Tasklist,
 * where their tasks are (204). Admins see the whole city too, but they log in to run Cockpit and Admin, so they
 * stay as well.
 */
@RestController
class LandingController {

  static final String DASHBOARD = "/dashboard/";

  /** The path to go to after the login. */
  record Landing(String path) {
  }

  @GetMapping("/dashboard/landing")
  ResponseEntity<Landing> landing(Authentication user) {
    return landsOnDashboard(Caller.of(user)) ? ResponseEntity.ok(new Landing(DASHBOARD))
        : ResponseEntity.noContent().build();
  }

  static boolean landsOnDashboard(Caller caller) {
    return Stream.of(Role.STRATEGY_UNIT, Role.CEO, Role.MAYOR).anyMatch(caller::has);
  }
}
