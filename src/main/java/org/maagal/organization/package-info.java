/**
 * The municipality's organisation: units in a hierarchy (municipality, divisions, departments),
 * people with roles, and committees whose members each have a sector. Loaded from one YAML or
 * JSON file and synchronised on every start into the engine's users, groups, memberships and
 * authorizations, so that every task is routed to a unit or committee group.
 */
@ApplicationModule(displayName = "Organisation", allowedDependencies = {"facts"})
package org.maagal.organization;

import org.springframework.modulith.ApplicationModule;
