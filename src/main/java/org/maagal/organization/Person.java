package org.maagal.organization;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A person who logs in: an employee of a unit, or an outside member of a committee (no unit).
 */
public record Person(String id, String firstName, String lastName, String email, String unit, List<Role> roles) {

  /** A person's id is their user name, as the directory or HR has it: {@code dana.kedem} as well as {@code dana-kedem}. */
  public static final Pattern ID = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

  public Person {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
