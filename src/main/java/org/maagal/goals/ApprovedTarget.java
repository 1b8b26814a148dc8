package org.maagal.goals;

import java.util.List;

/**
 * A target (יעד) of a cycle's approved goal tree, as work plans link to it: its id stays the same for
 * the cycle because the approved version is frozen. The departments are those owning its indicators.
 */
public record ApprovedTarget(long id, String domainId, String domainName, String goal, String target,
    List<String> ownerDepartmentIds, List<String> indicators) {

  /** Whether the department owns one of the target's indicators. */
  public boolean ownedBy(String departmentId) {
    return ownerDepartmentIds.contains(departmentId);
  }
}
