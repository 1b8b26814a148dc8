package org.maagal.personnel;

import static org.maagal.personnel.StaffFields.EMAIL;
import static org.maagal.personnel.StaffFields.FIRST_NAME;
import static org.maagal.personnel.StaffFields.LAST_NAME;
import static org.maagal.personnel.StaffFields.MANAGER;
import static org.maagal.personnel.StaffFields.NEW_UNIT_TYPE;
import static org.maagal.personnel.StaffFields.PARENT;
import static org.maagal.personnel.StaffFields.UNIT;
import static org.maagal.personnel.StaffFields.UNIT_CODE;
import static org.maagal.personnel.StaffFields.UNIT_NAME;
import static org.maagal.personnel.StaffFields.UNIT_TYPE;
import static org.maagal.personnel.StaffFields.USER_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.organization.Staff;
import org.maagal.organization.Unit;
import org.maagal.organization.UnitType;

/**
 * Reads the organisation's units and people from a source that keeps them (HR's workbook, the directory's
 * organisational units), each as a list of {@link StaffEntry}; a source without one of the two leaves it as it is. A
 * unit is matched to the one it was by its code (Maagal's id) or else by its name, and keeps its id, type and domains;
 * a new unit takes its code as its id, or the next {@code unit-N}. The parent, a manager and a person's unit are named
 * by code or name, a manager by user name or full name. A person keeps their roles, and the outside members of
 * committees (of no unit) stay. Every problem is named where its source has it.
 */
public final class StaffReading {

  /** The engine keeps a unit's name, a person's names and e-mail in 255 characters each. */
  static final int LONGEST_TEXT = 255;

  /** The organisation as the source gives it, and what is wrong with it (nothing changes while anything is). */
  public record Read(Staff staff, List<String> problems) {
  }

  private final Organization organization;
  private final List<String> problems = new ArrayList<>();

  private StaffReading(Organization organization) {
    this.organization = organization;
  }

  /** {@code units} or {@code people} null: the source has none of them, and those in force stay. */
  public static Read read(List<StaffEntry> units, List<StaffEntry> people, Organization organization) {
    return new StaffReading(organization).read(units, people);
  }

  private Read read(List<StaffEntry> unitEntries, List<StaffEntry> peopleEntries) {
    boolean hasUnits = unitEntries != null;
    boolean hasPeople = peopleEntries != null;
    var current = organization.staffInForce();
    var named = hasUnits ? units(unitEntries, current) : new NamedUnits(current.units());
    List<Person> people = hasPeople ? people(peopleEntries, named, current) : current.people();
    List<Unit> units = hasUnits ? withParentsAndManagers(unitEntries, named, people) : current.units();
    // what a closed unit or a missing manager leaves behind, once every entry reads (else each wrong one would count
    // twice)
    if (!hasPeople && problems.isEmpty()) {
      people.stream().filter(person -> person.unit() != null && named.byId(person.unit()).isEmpty())
          .forEach(person -> problems.add("העובד/ת " + person.fullName() + " (" + person.id()
              + ") שייך/ת ליחידה שאינה בגיליון היחידות; יש להעביר אותו/ה ליחידה אחרת בגיליון עובדים"));
    }
    if (!hasUnits && problems.isEmpty()) {
      var ids = people.stream().map(Person::id).toList();
      units.stream().filter(unit -> unit.manager() != null && !ids.contains(unit.manager()))
          .forEach(unit -> problems.add("מנהל/ת " + unit.name() + " (" + unit.manager()
              + ") אינו/ה בגיליון העובדים; יש לצרף גיליון יחידות עם המנהל/ת החדש/ה"));
    }
    return new Read(new Staff(units, people, current.formerUnitNames()), List.copyOf(problems));
  }

  /** The units of the source, each with the id it keeps or gets; by id, by code and by name. */
  private static final class NamedUnits {
    final Map<String, Unit> byId = new LinkedHashMap<>();
    final Map<String, String> idByCode = new HashMap<>();
    final Map<String, String> idByName = new HashMap<>();

    NamedUnits() {
    }

    NamedUnits(List<Unit> units) {
      units.forEach(unit -> add(unit, unit.id()));
    }

    void add(Unit unit, String code) {
      byId.put(unit.id(), unit);
      idByCode.put(code.toLowerCase(Locale.ROOT), unit.id());
      idByName.put(normalized(unit.name()), unit.id());
    }

    Optional<Unit> byId(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    /** A unit as a cell names it: by its code (or id), else by its name. */
    Optional<Unit> named(String text) {
      String id = idByCode.get(text.toLowerCase(Locale.ROOT));
      if (id == null) {
        id = idByName.get(normalized(text));
      }
      return Optional.ofNullable(id).map(byId::get);
    }
  }

  private NamedUnits units(List<StaffEntry> entries, Staff current) {
    var named = new NamedUnits();
    var known = new NamedUnits(current.units());
    int next = 1;
    for (var row : entries) {
      String name = row.text(UNIT_NAME);
      String code = row.text(UNIT_CODE);
      if (name == null) {
        problems.add(row.problem(UNIT_NAME, "חסר שם היחידה"));
        continue;
      }
      if (name.length() > LONGEST_TEXT) {
        problems.add(row.problem(UNIT_NAME, "שם היחידה ארוך מ-" + LONGEST_TEXT + " תווים"));
        continue;
      }
      if (named.idByName.containsKey(normalized(name))) {
        problems.add(row.problem(UNIT_NAME, "היחידה \"" + name + "\" כתובה פעמיים"));
        continue;
      }
      Optional<Unit> was = Optional.empty();
      if (code != null) {
        was = known.byId(code.toLowerCase(Locale.ROOT));
      }
      if (was.isEmpty()) {
        was = Optional.ofNullable(known.idByName.get(normalized(name))).map(known.byId::get);
      }
      String id;
      if (was.isPresent()) {
        id = was.get().id();
      } else if (code != null && Unit.ID.matcher(code.toLowerCase(Locale.ROOT)).matches()) {
        id = code.toLowerCase(Locale.ROOT);
      } else {
        while (named.byId.containsKey("unit-" + next) || known.byId.containsKey("unit-" + next)) {
          next++;
        }
        id = "unit-" + next;
      }
      if (named.byId.containsKey(id)) {
        problems.add(row.problem(code != null ? UNIT_CODE : UNIT_NAME, "קוד היחידה " + id + " כתוב פעמיים"));
        continue;
      }
      var type = type(row, was, row.text(PARENT));
      if (type == null) {
        continue;
      }
      named.add(new Unit(id, type, name, null, null, was.map(Unit::domains).orElse(List.of())),
          code == null ? id : code);
    }
    return named;
  }

  private UnitType type(StaffEntry row, Optional<Unit> was, String parent) {
    String text = row.text(UNIT_TYPE);
    UnitType written = text == null ? null : PersonnelColumns.typeNamed(text).orElse(null);
    if (text != null && written == null) {
      problems.add(row.problem(UNIT_TYPE, "סוג היחידה \"" + text + "\" אינו מוכר: עירייה, אגף או מחלקה"));
      return null;
    }
    if (was.isPresent()) {
      if (written != null && written != was.get().type()) {
        problems.add(row.problem(UNIT_TYPE, "סוג היחידה הקיימת " + was.get().name() + " אינו משתנה ביבוא "
            + "(המשימות שלה מנותבות לפי הסוג); יחידה מסוג אחר נפתחת בשם ובקוד חדשים"));
        return null;
      }
      return was.get().type();
    }
    if (written != null) {
      return written;
    }
    return Optional.ofNullable(row.text(NEW_UNIT_TYPE)).flatMap(PersonnelColumns::typeNamed)
        .orElse(parent == null ? UnitType.MUNICIPALITY : UnitType.DEPARTMENT);
  }

  private List<Unit> withParentsAndManagers(List<StaffEntry> entries, NamedUnits named, List<Person> people) {
    var units = new ArrayList<Unit>();
    for (var row : entries) {
      String name = row.text(UNIT_NAME);
      var unit = name == null ? Optional.<Unit>empty() : named.byId(named.idByName.getOrDefault(normalized(name), ""));
      if (unit.isEmpty()) {
        continue;
      }
      String parentText = row.text(PARENT);
      String parent = null;
      if (parentText != null) {
        var above = named.named(parentText);
        if (above.isEmpty()) {
          problems.add(row.problem(PARENT, "יחידת האם \"" + parentText + "\" אינה בין היחידות"));
        } else if (above.get().id().equals(unit.get().id())) {
          problems.add(row.problem(PARENT, "יחידה אינה יכולה להיות יחידת האם של עצמה"));
        } else {
          parent = above.get().id();
        }
      }
      String managerText = row.text(MANAGER);
      String manager = null;
      if (managerText != null) {
        var person = person(managerText, people);
        if (person.isEmpty()) {
          problems.add(row.problem(MANAGER, "המנהל/ת \"" + managerText + "\" אינו/ה בין העובדים "
              + "(שם משתמש, או שם פרטי ושם משפחה)"));
        } else {
          manager = person.get().id();
        }
      }
      var u = unit.get();
      units.add(new Unit(u.id(), u.type(), u.name(), parent, manager, u.domains()));
    }
    return units;
  }

  private List<Person> people(List<StaffEntry> entries, NamedUnits units, Staff current) {
    Map<String, Person> was = new HashMap<>();
    current.people().forEach(person -> was.put(person.id(), person));
    var people = new LinkedHashMap<String, Person>();
    for (var row : entries) {
      String written = row.text(USER_ID);
      String first = row.text(FIRST_NAME);
      String last = row.text(LAST_NAME);
      String unitText = row.text(UNIT);
      String email = row.text(EMAIL);
      boolean wrong = false;
      String id = written == null ? null : written.strip().toLowerCase(Locale.ROOT);
      if (id == null) {
        problems.add(row.problem(USER_ID, "חסר שם המשתמש"));
        wrong = true;
      } else if (!Person.ID.matcher(id).matches() || id.length() > 64) {
        problems.add(row.problem(USER_ID, "שם המשתמש \"" + written + "\" אינו תקין: אותיות לטיניות, ספרות, "
            + "ונקודה, קו תחתון או מקף ביניהן"));
        wrong = true;
      } else if (people.containsKey(id)) {
        problems.add(row.problem(USER_ID, "שם המשתמש " + id + " כתוב פעמיים"));
        wrong = true;
      }
      if (first == null) {
        problems.add(row.problem(FIRST_NAME, "חסר השם הפרטי"));
        wrong = true;
      } else if (first.length() > LONGEST_TEXT) {
        problems.add(row.problem(FIRST_NAME, "השם הפרטי ארוך מ-" + LONGEST_TEXT + " תווים"));
        wrong = true;
      }
      if (last == null) {
        problems.add(row.problem(LAST_NAME, "חסר שם המשפחה"));
        wrong = true;
      } else if (last.length() > LONGEST_TEXT) {
        problems.add(row.problem(LAST_NAME, "שם המשפחה ארוך מ-" + LONGEST_TEXT + " תווים"));
        wrong = true;
      }
      if (email != null && (email.length() > LONGEST_TEXT
          || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
        problems.add(row.problem(EMAIL, "כתובת הדוא\"ל \"" + email + "\" אינה תקינה"));
        wrong = true;
      }
      Optional<Unit> unit = Optional.empty();
      if (unitText == null) {
        problems.add(row.problem(UNIT, "חסרה היחידה"));
        wrong = true;
      } else {
        unit = units.named(unitText);
        if (unit.isEmpty()) {
          problems.add(row.problem(UNIT, "היחידה \"" + unitText + "\" אינה בין היחידות ואינה יחידה קיימת"));
          wrong = true;
        }
      }
      if (!wrong) {
        var roles = Optional.ofNullable(was.get(id)).map(Person::roles).orElse(List.of());
        people.put(id, new Person(id, first.strip(), last.strip(), email == null ? null : email.strip(),
            unit.get().id(), roles));
      }
    }
    // the committees' outside members are not HR's: they stay
    current.people().stream().filter(person -> person.unit() == null && !people.containsKey(person.id()))
        .forEach(person -> people.put(person.id(), person));
    return List.copyOf(people.values());
  }

  /** A person as a cell names them: by user name, or by "first last" when exactly one person has it. */
  private static Optional<Person> person(String text, List<Person> people) {
    String id = text.strip().toLowerCase(Locale.ROOT);
    var byId = people.stream().filter(person -> person.id().equals(id)).findFirst();
    if (byId.isPresent()) {
      return byId;
    }
    var byName = people.stream().filter(person -> normalized(person.fullName()).equals(normalized(text))).toList();
    return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
  }

  /** A name as people type it: spaces collapsed, the two kinds of Hebrew quote marks alike. */
  private static String normalized(String name) {
    return name.strip().replaceAll("\\s+", " ").replace('״', '"').replace('”', '"').replace('׳', '\'');
  }
}
