package org.maagal.dashboard;

import java.util.List;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.maagal.organization.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees which departments on the dashboard: the strategy unit, the CEO, the mayor and the admins see
 * all; a department manager their own departments; anyone else nothing (a 403 page).
 */
record DashboardAccess(Caller caller, List<Unit> departments, boolean all) {

  static DashboardAccess of(Caller caller, Organization organization) {
    if (caller.seesEverything()) {
      return new DashboardAccess(caller, organization.departments(), true);
    }
    var own = organization.departments().stream().filter(unit -> caller.worksIn(unit.id())).toList();
    if (own.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "not a department manager");
    }
    return new DashboardAccess(caller, own, false);
  }

  boolean sees(String departmentId) {
    return departmentId != null && departments.stream().anyMatch(unit -> unit.id().equals(departmentId));
  }

  /** Cockpit opens for the admins and, read only, for the strategy unit (their engine grant). */
  boolean opensCockpit() {
    return caller.has(Role.ADMIN) || caller.has(Role.STRATEGY_UNIT);
  }
}
