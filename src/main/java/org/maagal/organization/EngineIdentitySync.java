package org.maagal.organization;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.HashSet;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Writes the organisation into the engine's identity store: one user per person, one group per
 * unit, committee and role, their memberships, and the grants each role needs. Idempotent: what
 * exists is kept (passwords too), what is missing is added, nothing is ever deleted.
 */
@Component
class EngineIdentitySync {

  static final String GROUP_TYPE_UNIT = "unit";
  static final String GROUP_TYPE_COMMITTEE = "committee";
  static final String GROUP_TYPE_ROLE = "role";
  private static final String ALL = "*";

  private final IdentityService identity;
  private final EngineGrants grants;
  private final EngineUsers users;

  EngineIdentitySync(IdentityService identity, AuthorizationService authorizations, EngineUsers users) {
    this.identity = identity;
    this.grants = new EngineGrants(authorizations);
    this.users = users;
  }

  SyncReport synchronize(Organization organization, String initialPassword) {
    var counter = new Counter();
    for (var unit : organization.units()) {
      ensureGroup(unit.groupId(), unit.name(), GROUP_TYPE_UNIT, counter);
    }
    for (var committee : organization.committees()) {
      ensureGroup(committee.groupId(), committee.name(), GROUP_TYPE_COMMITTEE, counter);
    }
    for (var role : Role.values()) {
      ensureGroup(role.groupId(), role.hebrewName(), GROUP_TYPE_ROLE, counter);
    }
    for (var person : organization.people()) {
      if (users.ensure(person.id(), person.firstName(), person.lastName(), person.email(), initialPassword)) {
        counter.users++;
      }
      var groups = new HashSet<String>();
      organization.unit(person.unit()).ifPresent(unit -> groups.add(unit.groupId()));
      organization.units().stream().filter(unit -> person.id().equals(unit.manager()))
          .forEach(unit -> groups.add(unit.groupId()));
      person.roles().forEach(role -> groups.add(role.groupId()));
      organization.committees().stream()
          .filter(committee -> committee.members().stream().anyMatch(m -> m.person().equals(person.id())))
          .forEach(committee -> groups.add(committee.groupId()));
      counter.memberships += users.join(person.id(), groups);
    }
    grantRoles(counter);
    return new SyncReport(counter.users, counter.groups, counter.memberships, counter.grants);
  }

  private void ensureGroup(String id, String name, String type, Counter counter) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      counter.groups++;
    } else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  /**
   * Everyone may open Tasklist and read process definitions; departments and committees reach
   * their tasks through candidate groups. The strategy unit reads every instance, task and
   * history entry, and may look at them in Cockpit. Only camunda-admin deploys or administers.
   */
  private void grantRoles(Counter counter) {
    counter.count(grants.grantEveryone(APPLICATION, "tasklist", Permissions.ACCESS));
    counter.count(grants.grantEveryone(PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ));
    // A decision table is a rule, not data: the work plan checks read theirs while a department's user
    // completes the draft, under that user's authorizations.
    counter.count(grants.grantEveryone(DECISION_DEFINITION, ALL, Permissions.READ));

    String strategy = Role.STRATEGY_UNIT.groupId();
    counter.count(grants.grantGroup(strategy, APPLICATION, "cockpit", Permissions.ACCESS));
    counter.count(grants.grantGroup(strategy, PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY));
    counter.count(grants.grantGroup(strategy, PROCESS_INSTANCE, ALL, ProcessInstancePermissions.READ));
    counter.count(grants.grantGroup(strategy, TASK, ALL, TaskPermissions.READ));
    counter.count(grants.grantGroup(strategy, HISTORIC_TASK, ALL, HistoricTaskPermissions.READ));
    counter.count(grants.grantGroup(strategy, HISTORIC_PROCESS_INSTANCE, ALL,
        HistoricProcessInstancePermissions.READ));
    counter.count(grants.grantGroup(strategy, DECISION_DEFINITION, ALL, Permissions.READ,
        Permissions.READ_HISTORY));
    counter.count(grants.grantGroup(strategy, DEPLOYMENT, ALL, Permissions.READ));
  }

  private static final class Counter {
    int users;
    int groups;
    int memberships;
    int grants;

    void count(boolean written) {
      if (written) {
        grants++;
      }
    }
  }
}
