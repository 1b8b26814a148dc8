package org.maagal.security;

/**
 * A directory that keeps the passwords of the municipality's own people (Active Directory or another LDAP server).
 * With one, a user with no password of the engine's (one read from the directory) is checked by it; an account with a
 * password of its own (the break-glass admin, a committee's outside member) is checked against that password as
 * before, whether or not the directory answers. The engine's waits and locks after wrong passwords apply to both.
 */
public interface PasswordDirectory {

  /**
   * Whether the directory has this person with this password; never for a blank password (a directory takes an
   * empty one as an anonymous login). Throws when the directory cannot be asked.
   */
  boolean accepts(String userId, String password);
}
