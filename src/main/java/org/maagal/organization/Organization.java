package org.maagal.organization;

import java.util.List;
import java.util.Optional;

/**
 * The municipality's organisation as loaded from its file at start-up. Other features ask it who
 * works where; the BPMN processes call it as {@code ${organization.departmentIds()}}.
 */
public class Organization {

  private final OrganizationModel model;

  Organization(OrganizationModel model) {
    this.model = model;
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

  /** The unit's Hebrew name, or its id when the file no longer has it. */
  public String unitName(String unitId) {
    return unit(unitId).map(Unit::name).orElse(unitId);
  }

  /** The engine group of a department, for candidate groups and authorizations. */
  public static String departmentGroupId(String departmentId) {
    return UnitType.DEPARTMENT.groupIdOf(departmentId);
  }
}
