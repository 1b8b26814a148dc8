package org.maagal.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a login against the engine's users, so that one account serves Tasklist, the engine's
 * REST API and ours. The engine's own lock-out after repeated wrong passwords applies here too.
 * Authorities are the user's engine group ids (e.g. {@code strategy-unit}, {@code dept-schools}),
 * for a Basic login and for a web apps session alike.
 */
@Component
class EngineUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  EngineUserAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    if (userId == null || userId.isBlank() || !(password instanceof String text) || !checks(userId, text)) {
      throw new BadCredentialsException("Wrong user name or password");
    }
    return authenticated(userId);
  }

  /** A password that could not be checked (a directory that does not answer) is no login, and no wrong password. */
  private boolean checks(String userId, String password) {
    try {
      return identity.checkPassword(userId, password);
    } catch (RuntimeException notChecked) {
      throw new AuthenticationServiceException("The password could not be checked", notChecked);
    }
  }

  /**
   * The user as Spring Security knows them, with their engine groups as authorities, read afresh: the
   * same for a Basic login and for a web apps session ({@link WebappSessionAuthentication}).
   */
  Authentication authenticated(String userId) {
    List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
        .map(group -> new SimpleGrantedAuthority(group.getId())).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  /** Whether the engine still knows the user (a session may outlive an account). */
  boolean exists(String userId) {
    return identity.createUserQuery().userId(userId).count() > 0;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
