package org.maagal.organization;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who makes a request, as the features decide what it may read and change: the user id and the engine
 * groups the login gave (roles, departments, committees).
 */
public record Caller(String userId, List<String> groups) {

  private static final String DEPARTMENT_GROUP = Organization.departmentGroupId("");

  public static Caller of(Authentication authentication) {
    return new Caller(authentication.getName(),
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
  }

  /** The strategy unit, the CEO, the mayor and the admins read every department's work. */
  public boolean seesEverything() {
    return Role.seesEverything(groups);
  }

  public boolean has(Role role) {
    return groups.contains(role.groupId());
  }

  /** The departments the caller works in. */
  public Collection<String> departmentIds() {
    return groups.stream().filter(group -> group.startsWith(DEPARTMENT_GROUP))
        .map(group -> group.substring(DEPARTMENT_GROUP.length())).toList();
  }

  public boolean worksIn(String departmentId) {
    return groups.contains(Organization.departmentGroupId(departmentId));
  }
}
