package org.maagal.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The way back in when no admin can log in: every admin account locked, its password lost, or the admin taken out
 * of {@code camunda-admin}. Started with {@code MAAGAL_RESET_ADMIN=true} (off unless set, in every profile), the
 * application makes sure at start-up that the configured admin ({@code camunda.bpm.admin-user.id}) exists, is
 * unlocked, has {@code MAAGAL_ADMIN_PASSWORD} as its password (which must pass the password policy, else the start
 * fails) and is a member of {@code camunda-admin}, which holds every permission. It says so in the log, once per start:
 * the operator removes the variable and restarts.
 */
@Component
class AdminBreakGlass implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBreakGlass.class);
  private static final String ADMINS = Groups.CAMUNDA_ADMIN;

  private final LoginProperties login;
  private final CamundaBpmProperties camunda;
  private final IdentityService identity;
  private final AuthorizationService authorizations;

  AdminBreakGlass(LoginProperties login, CamundaBpmProperties camunda, IdentityService identity,
      AuthorizationService authorizations) {
    this.login = login;
    this.camunda = camunda;
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (login.resetAdmin()) {
      resetAdmin();
    }
  }

  void resetAdmin() {
    var admin = camunda.getAdminUser();
    if (admin == null || admin.getId() == null || admin.getPassword() == null || admin.getPassword().isBlank()) {
      throw new IllegalStateException("MAAGAL_RESET_ADMIN needs the admin's id (camunda.bpm.admin-user.id) and a new "
          + "password in MAAGAL_ADMIN_PASSWORD");
    }
    String id = admin.getId();
    User user = identity.createUserQuery().userId(id).singleResult();
    if (user == null) {
      user = identity.newUser(id);
      user.setFirstName(admin.getFirstName());
      user.setLastName(admin.getLastName());
      user.setEmail(admin.getEmail());
    }
    user.setPassword(admin.getPassword());
    identity.saveUser(user);
    identity.unlockUser(id);
    if (identity.createGroupQuery().groupId(ADMINS).count() == 0) {
      var group = identity.newGroup(ADMINS);
      group.setName("camunda BPM Administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(ADMINS).count() == 0) {
      identity.createMembership(id, ADMINS);
    }
    for (Resources resource : Resources.values()) {
      if (authorizations.createAuthorizationQuery().groupIdIn(ADMINS).resourceType(resource)
          .resourceId(Authorization.ANY).count() == 0) {
        var grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(ADMINS);
        grant.setResource(resource);
        grant.setResourceId(Authorization.ANY);
        grant.addPermission(Permissions.ALL);
        authorizations.saveAuthorization(grant);
      }
    }
    log.warn("Break-glass (MAAGAL_RESET_ADMIN): admin {} is unlocked, has the password of MAAGAL_ADMIN_PASSWORD and is "
        + "a member of {} with every permission. Remove MAAGAL_RESET_ADMIN and restart.", id, ADMINS);
  }
}
