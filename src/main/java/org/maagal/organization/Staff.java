package org.maagal.organization;

import java.util.List;
import java.util.Map;

/**
 * The part of the organisation HR keeps: its units (with their parents and managers) and its people. The names of
 * units closed by an import stay, so that the records of earlier cycles still read with them.
 */
public record Staff(List<Unit> units, List<Person> people, Map<String, String> formerUnitNames) {

  public Staff {
    units = units == null ? List.of() : List.copyOf(units);
    people = people == null ? List.of() : List.copyOf(people);
    formerUnitNames = formerUnitNames == null ? Map.of() : Map.copyOf(formerUnitNames);
  }
}
