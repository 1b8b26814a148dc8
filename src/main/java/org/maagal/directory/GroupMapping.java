package org.maagal.directory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.maagal.organization.Role;
import org.maagal.organization.Unit;

/**
 * A group of the municipality's directory and the Maagal groups (units, roles, committees) its members belong to. The
 * directory's group is named as the directory gives it: an LDAP group's {@code cn}, or a value of the OpenID Connect
 * provider's groups claim (a group's name, or Entra ID's object id of the group or name of an app role).
 */
record GroupMapping(String directory, List<String> maagal) {

  GroupMapping {
    maagal = maagal == null ? List.of() : List.copyOf(maagal);
  }

  /** The Maagal groups a person of these directory groups belongs to. */
  static Set<String> given(List<GroupMapping> mappings, Collection<String> directoryGroups) {
    return mappings.stream().filter(mapping -> directoryGroups.contains(mapping.directory()))
        .flatMap(mapping -> mapping.maagal().stream()).collect(Collectors.toSet());
  }

  /**
   * The Maagal groups the directory decides: a membership of one of them follows the directory, and a person's other
   * memberships (given by hand, or by the organisation file) are left as they are.
   */
  static Set<String> decided(List<GroupMapping> mappings) {
    return mappings.stream().flatMap(mapping -> mapping.maagal().stream()).collect(Collectors.toSet());
  }

  /** What is wrong with the mappings of this setting, for a start that stops and says what to mend. */
  static List<String> problems(String setting, List<GroupMapping> mappings, Organization organization) {
    Set<String> known = Stream.of(organization.units().stream().map(Unit::groupId),
        organization.committees().stream().map(Committee::groupId), Stream.of(Role.values()).map(Role::groupId))
        .flatMap(ids -> ids).collect(Collectors.toSet());
    var problems = new ArrayList<String>();
    for (var mapping : mappings) {
      if (mapping.directory() == null || mapping.directory().isBlank()) {
        problems.add("a mapping in " + setting + " names no directory group");
      }
      mapping.maagal().stream().filter(group -> !known.contains(group))
          .forEach(group -> problems.add(setting + " maps '" + mapping.directory() + "' to '" + group
              + "', which is no unit, committee or role of the organisation"));
    }
    if (mappings.isEmpty()) {
      problems.add(setting + " maps no directory group: nobody would get any work");
    }
    return problems;
  }
}
