package org.maagal.dashboard;

import java.util.stream.Stream;
import org.maagal.organization.Caller;
import org.maagal.organization.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a person lands after logging in to Tasklist (asked by Tasklist's {@code maagal/landing.js}): back to the
 * page that sent them to the login, if that is one of Maagal's own pages ({@link ReturnAddress}); else the strategy
 * unit, the CEO and the mayor on the dashboard, which shows them the whole city; anyone else stays in Tasklist,
 * where their tasks are (204). Admins see the whole city too, but they log in to run Cockpit and Admin, so they
 * stay as well.
 */
@RestController
class LandingController {

  static final String DASHBOARD = "/dashboard/";
  static final String RETURN_PARAMETER = "maagal-return";

  /** The path to go to after the login. */
  record Landing(String path) {
  }

  @GetMapping("/dashboard/landing")
  ResponseEntity<Landing> landing(Authentication user,
      @RequestParam(name = RETURN_PARAMETER, required = false) String returnAddress) {
    var back = ReturnAddress.ownPage(returnAddress);
    if (back.isPresent()) {
      return ResponseEntity.ok(new Landing(back.get()));
    }
    return landsOnDashboard(Caller.of(user)) ? ResponseEntity.ok(new Landing(DASHBOARD))
        : ResponseEntity.noContent().build();
  }

  static boolean landsOnDashboard(Caller caller) {
    return Stream.of(Role.STRATEGY_UNIT, Role.CEO, Role.MAYOR).anyMatch(caller::has);
  }
}
