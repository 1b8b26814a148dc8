package org.maagal.organization;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A unit of the municipality: the municipality itself, a division (אגף) or a department (מחלקה).
 *
 * @param parent  the id of the unit above, absent only for the municipality
 * @param manager the id of the person who manages the unit
 * @param domains the ids of the domains the unit owns
 */
public record Unit(String id, UnitType type, String name, String parent, String manager, List<String> domains) {

  /** A unit's id (also of a domain and a committee): lower-case letters and digits joined by hyphens. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Unit {
    domains = domains == null ? List.of() : List.copyOf(domains);
  }

  /** The engine group whose candidate tasks this unit works on, e.g. {@code dept-schools}. */
  public String groupId() {
    return type.groupIdOf(id);
  }
}
