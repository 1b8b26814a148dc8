package org.maagal.directory;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the OpenID Connect provider's answer about a person reads (the {@code oidc} profile). The provider itself, its
 * client id and secret, are Spring's client registration {@value SignOnConfiguration#REGISTRATION}.
 *
 * @param userIdClaim   the claim that names the person; it becomes their user id in the engine, so it must stay the
 *                      same for them (Entra ID: {@code preferred_username}, the sign-in name)
 * @param userIdDomain  the municipality's domain: a user id ending with {@code @} and this domain is taken without it
 *                      ({@code dana.kedem@ein-karmit.example} is {@code dana.kedem}); any other {@code @} is refused
 * @param groupsClaim   the claim that lists the person's groups (Entra ID: {@code groups}, or {@code roles} for the
 *                      app roles)
 * @param groups        which group in that claim gives which Maagal groups (unit, role or committee ids)
 */
@ConfigurationProperties("maagal.sign-on")
record SignOnProperties(String userIdClaim, String userIdDomain, String groupsClaim, List<GroupMapping> groups) {

  SignOnProperties {
    userIdClaim = userIdClaim == null || userIdClaim.isBlank() ? "preferred_username" : userIdClaim;
    userIdDomain = userIdDomain == null || userIdDomain.isBlank() ? null : userIdDomain.strip();
    groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    groups = groups == null ? List.of() : List.copyOf(groups);
  }
}
