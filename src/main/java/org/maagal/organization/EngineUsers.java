package org.maagal.organization;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * The people in the engine's identity store, written from a source that knows them (the organisation file, the
 * municipality's directory): a user's name and e-mail kept as the source has them, and their memberships.
 */
@Component
public class EngineUsers {

  private final IdentityService identity;
  private final Pattern userIds;

  EngineUsers(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    var configuration = engine.getProcessEngineConfiguration();
    String pattern = configuration.getUserResourceWhitelistPattern() != null
        ? configuration.getUserResourceWhitelistPattern() : configuration.getGeneralResourceWhitelistPattern();
    this.userIds = Pattern.compile(pattern == null ? "[a-zA-Z0-9]+|camunda-admin" : pattern);
  }

  /** Whether the engine takes this as a user id (its {@code userResourceWhitelistPattern}). */
  public boolean takes(String userId) {
    return userId != null && userIds.matcher(userId).matches();
  }

  /**
   * Adds the user, or brings their name and e-mail up to date; a password is set only on a new user, and only when
   * one is given. Whether the user was new.
   */
  public boolean ensure(String userId, String firstName, String lastName, String email, String initialPassword) {
    var user = identity.createUserQuery().userId(userId).singleResult();
    boolean created = user == null;
    if (created) {
      user = identity.newUser(userId);
      if (initialPassword != null && !initialPassword.isBlank()) {
        user.setPassword(initialPassword);
      }
    } else if (Objects.equals(user.getFirstName(), firstName) && Objects.equals(user.getLastName(), lastName)
        && Objects.equals(user.getEmail(), email)) {
      return false;
    }
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    identity.saveUser(user);
    return created;
  }

  /** The users with no password of the engine's own (those a directory checks), or with one. */
  public Set<String> withPassword(boolean own) {
    return identity.createUserQuery().list().stream().filter(user -> (user.getPassword() != null) == own)
        .map(user -> user.getId()).collect(Collectors.toSet());
  }

  /** Whether the user is an account with a password of the engine's own (the break-glass admin, the demo's people). */
  public boolean hasOwnPassword(String userId) {
    var user = identity.createUserQuery().userId(userId).singleResult();
    return user != null && user.getPassword() != null;
  }

  /**
   * Removes the user, their memberships and grants; what they did keeps their id, in the engine's history and in
   * Maagal's records alike.
   */
  public void remove(String userId) {
    identity.deleteUser(userId);
  }

  public Set<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
        .collect(Collectors.toSet());
  }

  /** Adds the memberships the user lacks; how many were added. */
  public int join(String userId, Set<String> groupIds) {
    return keep(userId, groupIds, Set.of()).added();
  }

  /**
   * Makes the user a member of exactly {@code given} among {@code decided}: what is given and missing is added, what
   * is decided but not given is removed; other groups are left as they are.
   */
  public Memberships keep(String userId, Set<String> given, Set<String> decided) {
    var current = groupsOf(userId);
    int added = 0;
    int removed = 0;
    for (var groupId : given) {
      if (!current.contains(groupId)) {
        identity.createMembership(userId, groupId);
        added++;
      }
    }
    for (var groupId : decided) {
      if (current.contains(groupId) && !given.contains(groupId)) {
        identity.deleteMembership(userId, groupId);
        removed++;
      }
    }
    return new Memberships(added, removed);
  }

  /** How many memberships one change added and removed. */
  public record Memberships(int added, int removed) {
  }
}
