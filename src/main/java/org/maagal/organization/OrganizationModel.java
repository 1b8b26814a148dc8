package org.maagal.organization;

import java.util.List;

/** The whole organisation file as read: the municipality's name, domains, units, people, committees. */
record OrganizationModel(String municipality, List<Domain> domains, List<Unit> units, List<Person> people,
    List<Committee> committees) {

  static final OrganizationModel EMPTY = new OrganizationModel("", List.of(), List.of(), List.of(), List.of());

  OrganizationModel {
    domains = domains == null ? List.of() : List.copyOf(domains);
    units = units == null ? List.of() : List.copyOf(units);
    people = people == null ? List.of() : List.copyOf(people);
    committees = committees == null ? List.of() : List.copyOf(committees);
  }
}
