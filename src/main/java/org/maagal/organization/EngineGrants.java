package org.maagal.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Grants engine permissions idempotently: an existing grant is completed, never duplicated. */
public class EngineGrants {

  private static final String EVERYONE = "*";

  private final AuthorizationService authorizations;

  public EngineGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants the group the permissions; returns whether anything was written. */
  public boolean grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
    var existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    var authorization = existing != null ? existing : newGrant(AUTH_TYPE_GRANT, resource, resourceId);
    authorization.setGroupId(groupId);
    return saveIfChanged(authorization, existing == null, permissions);
  }

  /** Grants every logged-in user the permissions; returns whether anything was written. */
  public boolean grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    var existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).singleResult();
    var authorization = existing != null ? existing : newGrant(AUTH_TYPE_GLOBAL, resource, resourceId);
    authorization.setUserId(EVERYONE);
    return saveIfChanged(authorization, existing == null, permissions);
  }

  private Authorization newGrant(int type, Resource resource, String resourceId) {
    var authorization = authorizations.createNewAuthorization(type);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    return authorization;
  }

  private boolean saveIfChanged(Authorization authorization, boolean isNew, Permission... permissions) {
    boolean changed = isNew;
    for (var permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
    return changed;
  }
}
