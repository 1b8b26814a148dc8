package org.maagal.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an import of HR's organisation changes, or changed: units added, renamed, moved under another unit or closed;
 * managers replaced; people who joined, moved to another unit, changed name or e-mail, or left. With the problems
 * that stop it (then nothing is changed), and once applied, how many open tasks were rerouted.
 */
public record StaffChanges(boolean applied, List<String> problems, List<Named> unitsAdded, List<Change> unitsRenamed,
    List<Change> unitsMoved, List<Named> unitsClosed, List<Change> managersReplaced, List<Named> peopleAdded,
    List<Change> peopleMoved, List<Named> peopleChanged, List<Named> peopleLeft, int openTasksRerouted) {

  /** A unit or a person, by id and name. */
  public record Named(String id, String name) {
  }

  /** Of a unit or a person: what it was, and what it is. */
  public record Change(String id, String name, String from, String to) {
  }

  public boolean changesNothing() {
    return unitsAdded.isEmpty() && unitsRenamed.isEmpty() && unitsMoved.isEmpty() && unitsClosed.isEmpty()
        && managersReplaced.isEmpty() && peopleAdded.isEmpty() && peopleMoved.isEmpty() && peopleChanged.isEmpty()
        && peopleLeft.isEmpty();
  }

  static StaffChanges between(Staff before, Staff after, List<String> problems, int rerouted, boolean applied) {
    Map<String, Unit> then = before.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    Map<String, Unit> now = after.units().stream().collect(Collectors.toMap(Unit::id, Function.identity(),
        (first, second) -> first));
    var added = new ArrayList<Named>();
    var renamed = new ArrayList<Change>();
    var moved = new ArrayList<Change>();
    var managers = new ArrayList<Change>();
    for (var unit : after.units()) {
      var old = then.get(unit.id());
      if (old == null) {
        added.add(new Named(unit.id(), unit.name()));
        continue;
      }
      if (!Objects.equals(old.name(), unit.name())) {
        renamed.add(new Change(unit.id(), unit.name(), old.name(), unit.name()));
      }
      if (!Objects.equals(old.parent(), unit.parent())) {
        moved.add(new Change(unit.id(), unit.name(), old.parent(), unit.parent()));
      }
      if (!Objects.equals(old.manager(), unit.manager())) {
        managers.add(new Change(unit.id(), unit.name(), old.manager(), unit.manager()));
      }
    }
    var closed = before.units().stream().filter(unit -> !now.containsKey(unit.id()))
        .map(unit -> new Named(unit.id(), unit.name())).toList();

    Map<String, Person> were = before.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    Map<String, Person> are = after.people().stream().collect(Collectors.toMap(Person::id, Function.identity(),
        (first, second) -> first));
    var joined = new ArrayList<Named>();
    var transferred = new ArrayList<Change>();
    var changed = new ArrayList<Named>();
    for (var person : after.people()) {
      var old = were.get(person.id());
      if (old == null) {
        joined.add(new Named(person.id(), person.fullName()));
        continue;
      }
      if (!Objects.equals(old.unit(), person.unit())) {
        transferred.add(new Change(person.id(), person.fullName(), old.unit(), person.unit()));
      }
      if (!Objects.equals(old.firstName(), person.firstName()) || !Objects.equals(old.lastName(), person.lastName())
          || !Objects.equals(old.email(), person.email())) {
        changed.add(new Named(person.id(), person.fullName()));
      }
    }
    var left = before.people().stream().filter(person -> !are.containsKey(person.id()))
        .map(person -> new Named(person.id(), person.fullName())).toList();
    return new StaffChanges(applied, List.copyOf(problems), added, renamed, moved, closed, managers, joined,
        transferred, changed, left, rerouted);
  }
}
