package org.maagal.organization;

import java.util.List;

/**
 * A person who logs in: an employee of a unit, or an outside member of a committee (no unit).
 */
public record Person(String id, String firstName, String lastName, String email, String unit, List<Role> roles) {

  public Person {
    roles = roles == null ? List.of() : List.copyOf(roles);
  }

  public String fullName() {
    return firstName + " " + lastName;
  }
}
