/**
 * Signing in with the municipality's directory (Active Directory or another LDAP server): its people are kept in the
 * engine's users with the name and e-mail the directory has, its groups give them Maagal's units, roles and
 * committees by a mapping in configuration, and their passwords are checked by the directory itself; the
 * organisation's units and people may be read from its organisational units as from HR's workbook. On when
 * {@code maagal.directory.url} is set (the {@code ldap} profile).
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = {"api", "organization", "personnel", "security"})
package org.maagal.directory;

import org.springframework.modulith.ApplicationModule;
