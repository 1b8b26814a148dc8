package org.maagal.organization;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The municipality's organisation: loaded from its file at start-up, its units and people then replaced by HR's
 * newest import when there is one ({@link OrganizationChanges}). Other features ask it who works where, each time
 * (never keep what it answered); the BPMN processes call it as {@code ${organization.departmentIds()}}.
 */
public class Organization {

  /** Who a step the application takes by itself is recorded as (a first draft, a plan approved by its rules). */
  public static final String SYSTEM = "maagal";


  private volatile OrganizationModel model;
  private volatile Map<String, String> formerUnitNames = Map.of();

  Organization(OrganizationModel model) {
    this.model = model;
  }

  /** The file's municipality, domains, committees and programme, with HR's units and people. */
  OrganizationModel withStaff(Staff staff) {
    var file = model;
    return new OrganizationModel(file.municipality(), file.domains(), staff.units(), staff.people(),
        file.committees(), file.programme());
  }

  /** Puts HR's units and people in force (checked before: {@link OrganizationChanges}). */
  void replaceStaff(Staff staff) {
    model = withStaff(staff);
    formerUnitNames = staff.formerUnitNames();
  }

  /** The units and people in force (HR's newest import, else the file's), with the names of closed units. */
  public Staff staffInForce() {
    var current = model;
    return new Staff(current.units(), current.people(), formerUnitNames);
  }

  public String municipalityName() {
    return model.municipality();
  }

  public List<Domain> domains() {
    return model.domains();
  }

  public List<Unit> units() {
    return model.units();
  }

  public List<Person> people() {
    return model.people();
  }

  public List<Committee> committees() {
    return model.committees();
  }

  public Programme programme() {
    return model.programme();
  }

  /** The departments (מחלקות) in file order; each gets its own task in a department-wide step. */
  public List<Unit> departments() {
    return model.units().stream().filter(unit -> unit.type() == UnitType.DEPARTMENT).toList();
  }

  public List<String> departmentIds() {
    return departments().stream().map(Unit::id).toList();
  }

  public Optional<Unit> unit(String unitId) {
    return model.units().stream().filter(unit -> unit.id().equals(unitId)).findFirst();
  }

  /** The unit's Hebrew name (its last name when an import closed it), or its id when no name is known. */
  public String unitName(String unitId) {
    return unit(unitId).map(Unit::name).orElseGet(() -> formerUnitNames.getOrDefault(unitId, unitId));
  }

  /** A department by its id or its Hebrew name, as a spreadsheet may write either. */
  public Optional<Unit> department(String idOrName) {
    return departments().stream()
        .filter(unit -> unit.id().equals(idOrName) || unit.name().equals(idOrName)).findFirst();
  }

  /** A domain of the goal tree by its id or its Hebrew name. */
  public Optional<Domain> domain(String idOrName) {
    return domains().stream()
        .filter(domain -> domain.id().equals(idOrName) || domain.name().equals(idOrName)).findFirst();
  }

  public Optional<Committee> committee(String committeeId) {
    return committees().stream().filter(committee -> committee.id().equals(committeeId)).findFirst();
  }

  /** Who votes in a committee: one task each, every vote equal. */
  public List<String> committeeMemberIds(String committeeId) {
    return committee(committeeId).map(committee -> committee.members().stream().map(Committee.Member::person)
        .toList()).orElseThrow(() -> new IllegalArgumentException("No committee " + committeeId));
  }

  /** The multi-sector design committee (ועדה מעצבת), which drafts the goal tree and votes on it. */
  public Committee designCommittee() {
    return committeeOfType(CommitteeType.DESIGN);
  }

  /** The steering committee (ועדת היגוי), which approves the goal tree. */
  public Committee steeringCommittee() {
    return committeeOfType(CommitteeType.STEERING);
  }

  /**
   * Whether the caller reads the department's work (its assessment, plan, reports, late tasks): they work in it,
   * or they head its division. A division's head reads the work of the division's departments and changes none of
   * it: the engine's groups, which give the tasks, stay the department's.
   */
  public boolean reads(Caller caller, String departmentId) {
    return caller.worksIn(departmentId) || unit(departmentId).map(Unit::parent).flatMap(this::unit)
        .filter(parent -> parent.type() == UnitType.DIVISION && caller.userId().equals(parent.manager()))
        .isPresent();
  }

  /** The departments whose work the caller reads ({@link #reads}), in the file's order. */
  public List<String> departmentsReadBy(Caller caller) {
    return departmentIds().stream().filter(id -> reads(caller, id)).toList();
  }

  /**
   * Whether the caller plans the city: the management (the strategy unit, the CEO, the mayor, the admins), the
   * steering committee and the design committee. They read all that the situation assessment learnt, every
   * department's assessment with it, from which the goal tree is drafted.
   */
  public boolean plansTheCity(Caller caller) {
    return caller.seesEverything() || caller.groups().contains(designCommittee().groupId())
        || caller.groups().contains(steeringCommittee().groupId());
  }

  private Committee committeeOfType(CommitteeType type) {
    return committees().stream().filter(committee -> committee.type() == type).findFirst()
        .orElseThrow(() -> new IllegalStateException("The organisation file has no " + type + " committee"));
  }

  /** The working teams, one per channel, in file order. */
  public List<String> workingTeamIds() {
    return committees().stream().filter(committee -> committee.type() == CommitteeType.WORKING_TEAM)
        .map(Committee::id).toList();
  }

  /** The committee's Hebrew name, or its id when the file no longer has it. */
  public String committeeName(String committeeId) {
    return committee(committeeId).map(Committee::name).orElse(committeeId);
  }

  public Optional<Person> person(String personId) {
    return people().stream().filter(person -> person.id().equals(personId)).findFirst();
  }

  /** A person's full name for a page or a document; the id itself for someone the file no longer lists; null for null. */
  public String personName(String personId) {
    return personId == null ? null : person(personId).map(Person::fullName).orElse(personId);
  }

  /** The people who hold a role, e.g. the CEO. */
  public List<Person> peopleWith(Role role) {
    return people().stream().filter(person -> person.roles().contains(role)).toList();
  }

  /**
   * Who is told when work of this unit is late: the manager of the unit above it, or further up
   * when that is the same person; empty at the top.
   */
  public Optional<String> managerAbove(String unitId, String notThisPerson) {
    var unit = unit(unitId);
    while (unit.isPresent()) {
      var above = unit.get().parent() == null ? Optional.<Unit>empty() : unit(unit.get().parent());
      if (above.isEmpty()) {
        return Optional.empty();
      }
      if (above.get().manager() != null && !above.get().manager().equals(notThisPerson)) {
        return Optional.of(above.get().manager());
      }
      unit = above;
    }
    return Optional.empty();
  }

  /** The engine group of a committee's members, e.g. {@code committee-design}. */
  public static String committeeGroupId(String committeeId) {
    return "committee-" + committeeId;
  }

  /** The engine group of a department, for candidate groups and authorizations. */
  public static String departmentGroupId(String departmentId) {
    return UnitType.DEPARTMENT.groupIdOf(departmentId);
  }
}
