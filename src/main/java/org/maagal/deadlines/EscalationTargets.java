package org.maagal.deadlines;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.organization.Role;
import org.maagal.organization.Unit;
import org.maagal.organization.UnitType;
import org.springframework.stereotype.Component;

/**
 * Who hears of a late task, from the organisation's hierarchy. First the manager above the work:
 * for a department's task the head of its division, for a committee's task its chair, for a
 * person's own task the manager of their unit, for the roles' tasks (strategy unit, research,
 * finance) the CEO, and for the CEO's the mayor. Then the CEO and the strategy unit.
 */
@Component
class EscalationTargets {

  private static final String DEPARTMENT_PREFIX = UnitType.DEPARTMENT.groupIdOf("");
  private static final String COMMITTEE_PREFIX = "committee-";

  private final Organization organization;

  EscalationTargets(Organization organization) {
    this.organization = organization;
  }

  /** The manager who gets the escalation task, from the task's candidate groups or its assignee. */
  Optional<String> manager(Collection<String> candidateGroups, String assignee) {
    if (!candidateGroups.isEmpty()) {
      return managerOfGroup(candidateGroups.iterator().next());
    }
    if (assignee != null) {
      return organization.person(assignee).flatMap(person -> organization.unit(person.unit()))
          .flatMap(unit -> assignee.equals(unit.manager()) ? organization.managerAbove(unit.id(), assignee)
              : Optional.ofNullable(unit.manager()));
    }
    return first(Role.CEO);
  }

  private Optional<String> managerOfGroup(String group) {
    if (group.startsWith(DEPARTMENT_PREFIX)) {
      String departmentId = group.substring(DEPARTMENT_PREFIX.length());
      return organization.managerAbove(departmentId, organization.unit(departmentId).map(Unit::manager).orElse(null));
    }
    if (group.startsWith(COMMITTEE_PREFIX)) {
      return organization.committee(group.substring(COMMITTEE_PREFIX.length())).map(Committee::chair);
    }
    return first(group.equals(Role.CEO.groupId()) ? Role.MAYOR : Role.CEO);
  }

  /** Who hears when the manager's escalation did not help: the CEO and the strategy unit. */
  Set<String> topOfTheOrganisation() {
    var people = new LinkedHashSet<String>();
    organization.peopleWith(Role.CEO).forEach(person -> people.add(person.id()));
    organization.peopleWith(Role.STRATEGY_UNIT).forEach(person -> people.add(person.id()));
    return people;
  }

  private Optional<String> first(Role role) {
    return organization.peopleWith(role).stream().findFirst().map(Person::id);
  }
}
