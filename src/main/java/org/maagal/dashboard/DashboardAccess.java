package org.maagal.dashboard;

import java.util.List;
import org.maagal.organization.Caller;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.maagal.organization.Unit;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees which departments on the dashboard: the strategy unit, the CEO, the mayor and the admins see all; a
 * department manager their own departments; finance, which reviews every work plan's budget, every department on
 * the pages whose services decide what it reads ({@link #throughServices}); a division's head the division's
 * departments; anyone else nothing (a 403 page).
 */
record DashboardAccess(Caller caller, List<Unit> departments, Reach reach) {
  // The pages' templates call the public methods (Thymeleaf reaches public methods only).

  /** How far the caller's view reaches. */
  enum Reach {
    /** Every department's tasks, reports, plans and results. */
    CITY,
    /** Finance: every department on the pages whose services hand it what it reads (every plan, its own tasks). */
    SERVICES,
    /** The caller's own departments. */
    OWN
  }

  /**
   * For the pages drawn from the engine's open tasks, read with the application's rights (the cycles, a
   * department's page): the whole city, or the caller's own departments; nobody else.
   */
  static DashboardAccess of(Caller caller, Organization organization) {
    if (caller.seesEverything()) {
      return new DashboardAccess(caller, organization.departments(), Reach.CITY);
    }
    var own = organization.departments().stream().filter(unit -> organization.reads(caller, unit.id())).toList();
    if (own.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "not a department manager");
    }
    return new DashboardAccess(caller, own, Reach.OWN);
  }

  /**
   * For the pages whose services decide what the caller reads (the late tasks, the goals and results, the CEO's
   * indicators, the budget): finance opens them over every department, and each service hands it what it lets
   * finance read — every plan and its money, its own late tasks, the results its committee or department give it.
   * Anyone else as {@link #of}.
   */
  static DashboardAccess throughServices(Caller caller, Organization organization) {
    if (!caller.seesEverything() && caller.has(Role.FINANCE)) {
      return new DashboardAccess(caller, organization.departments(), Reach.SERVICES);
    }
    return of(caller, organization);
  }

  /** Finance without a department of its own: its dashboard starts at the budget, the cycles' page is not its. */
  static boolean startsAtBudget(Caller caller, Organization organization) {
    return !caller.seesEverything() && caller.has(Role.FINANCE)
        && organization.departments().stream().noneMatch(unit -> caller.worksIn(unit.id()));
  }

  /** The whole city's tasks and reports. */
  public boolean all() {
    return reach == Reach.CITY;
  }

  /** Only the caller's own departments (the pages say so). */
  public boolean ownOnly() {
    return reach == Reach.OWN;
  }

  /** The late page shows what the deadlines give the caller: their own tasks and their groups' (finance's). */
  public boolean showsOwnTasks() {
    return reach == Reach.SERVICES;
  }

  boolean sees(String departmentId) {
    return departmentId != null && departments.stream().anyMatch(unit -> unit.id().equals(departmentId));
  }

  /**
   * A department's own page opens as {@link #of} decides: for the whole city's readers, the department's own and its
   * division's head.
   */
  public boolean opensDepartment(String departmentId) {
    return caller.seesEverything() || caller.worksIn(departmentId) || reach == Reach.OWN && sees(departmentId);
  }

  /** Cockpit opens for the admins and, read only, for the strategy unit (their engine grant). */
  boolean opensCockpit() {
    return caller.has(Role.ADMIN) || caller.has(Role.STRATEGY_UNIT);
  }
}
