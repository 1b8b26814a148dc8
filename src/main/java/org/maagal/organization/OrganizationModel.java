package org.maagal.organization;

import java.util.List;

/** The whole organisation file as read: the municipality's name, domains, units, people, committees, programme. */
record OrganizationModel(String municipality, List<Domain> domains, List<Unit> units, List<Person> people,
    List<Committee> committees, Programme programme) {

  static final OrganizationModel EMPTY = new OrganizationModel("", List.of(), List.of(), List.of(), List.of(), null);

  OrganizationModel {
    domains = domains == null ? List.of() : List.copyOf(domains);
    units = units == null ? List.of() : List.copyOf(units);
    people = people == null ? List.of() : List.copyOf(people);
    committees = committees == null ? List.of() : List.copyOf(committees);
    programme = programme == null ? Programme.NONE : programme;
  }
}
