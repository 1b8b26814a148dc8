package org.maagal.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks an organisation file as a whole, so that a municipality sees every mistake at once. */
class OrganizationFileValidator {

  private static final Pattern ID = Unit.ID;

  List<String> problemsOf(OrganizationModel model) {
    var problems = new ArrayList<String>();
    if (isBlank(model.municipality())) {
      problems.add("municipality: the municipality's name is missing");
    }
    var domainIds = uniqueIds("domain", model.domains(), Domain::id, ID, problems);
    var unitIds = uniqueIds("unit", model.units(), Unit::id, ID, problems);
    var personIds = uniqueIds("person", model.people(), Person::id, Person.ID, problems);
    uniqueIds("committee", model.committees(), Committee::id, ID, problems);

    for (var domain : model.domains()) {
      require(domain.name(), "domain " + domain.id() + ": name is missing", problems);
    }
    checkUnits(model, unitIds, personIds, domainIds, problems);
    for (var person : model.people()) {
      String where = "person " + person.id();
      require(person.firstName(), where + ": firstName is missing", problems);
      require(person.lastName(), where + ": lastName is missing", problems);
      if (person.unit() != null && !unitIds.contains(person.unit())) {
        problems.add(where + ": unknown unit '" + person.unit() + "'");
      }
    }
    for (var committee : model.committees()) {
      String where = "committee " + committee.id();
      require(committee.name(), where + ": name is missing", problems);
      if (committee.type() == null) {
        problems.add(where + ": type is missing (steering, design or working_team)");
      } else if (committee.type() == CommitteeType.WORKING_TEAM && committee.channel() == null) {
        problems.add(where + ": a working team needs a channel (urban, social, economic, educational)");
      }
      if (committee.chair() != null && !personIds.contains(committee.chair())) {
        problems.add(where + ": unknown chair '" + committee.chair() + "'");
      }
      double quorum = committee.meetings().quorum();
      if (quorum <= 0 || quorum > 1) {
        problems.add(where + ": meetings.quorum must be a share of the members in (0, 1], not " + quorum);
      }
      if (committee.meetings().hours() < 1 || committee.meetings().hours() > 12) {
        problems.add(where + ": meetings.hours must be 1 to 12");
      }
      for (var member : committee.members()) {
        if (!personIds.contains(member.person())) {
          problems.add(where + ": unknown member '" + member.person() + "'");
        }
        if (member.sector() == null) {
          problems.add(where + ": member '" + member.person() + "' has no sector");
        }
      }
    }
    return problems;
  }

  private void checkUnits(OrganizationModel model, Set<String> unitIds, Set<String> personIds,
      Set<String> domainIds, List<String> problems) {
    Map<String, String> parents = new HashMap<>();
    long municipalities = model.units().stream().filter(u -> u.type() == UnitType.MUNICIPALITY).count();
    if (!model.units().isEmpty() && municipalities != 1) {
      problems.add("units: exactly one unit of type municipality is needed, found " + municipalities);
    }
    for (var unit : model.units()) {
      String where = "unit " + unit.id();
      require(unit.name(), where + ": name is missing", problems);
      if (unit.type() == null) {
        problems.add(where + ": type is missing (municipality, division or department)");
      } else if (unit.type() != UnitType.MUNICIPALITY && unit.parent() == null) {
        problems.add(where + ": parent is missing");
      }
      if (unit.parent() != null) {
        if (unitIds.contains(unit.parent())) {
          parents.put(unit.id(), unit.parent());
        } else {
          problems.add(where + ": unknown parent '" + unit.parent() + "'");
        }
      }
      if (unit.manager() != null && !personIds.contains(unit.manager())) {
        problems.add(where + ": unknown manager '" + unit.manager() + "'");
      }
      for (var domain : unit.domains()) {
        if (!domainIds.contains(domain)) {
          problems.add(where + ": unknown domain '" + domain + "'");
        }
      }
    }
    for (var unitId : parents.keySet()) {
      var seen = new HashSet<String>();
      for (String at = unitId; at != null; at = parents.get(at)) {
        if (!seen.add(at)) {
          problems.add("unit " + unitId + ": its parents form a loop");
          break;
        }
      }
    }
  }

  private static <T> Set<String> uniqueIds(String kind, List<T> items, Function<T, String> id, Pattern pattern,
      List<String> problems) {
    var ids = new HashSet<String>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      if (value == null || !pattern.matcher(value).matches()) {
        problems.add(kind + " #" + (i + 1) + ": id '" + value + "' must be lower-case letters and digits joined by "
            + (pattern == ID ? "hyphens" : "hyphens, dots or underscores"));
      } else if (!ids.add(value)) {
        problems.add(kind + " " + value + ": the id is used twice");
      }
    }
    return ids;
  }

  private static void require(String value, String problem, List<String> problems) {
    if (isBlank(value)) {
      problems.add(problem);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
