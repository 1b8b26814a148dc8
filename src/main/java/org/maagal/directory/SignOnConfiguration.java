package org.maagal.directory;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.maagal.organization.EngineUsers;
import org.maagal.organization.Organization;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Single sign-on through the municipality's OpenID Connect provider (Entra ID, Keycloak, ...; the {@code oidc}
 * profile), on when Spring's client registration {@value #REGISTRATION} has a client id. Opening Tasklist without a
 * login goes to the provider; its answer signs the person in to the engine's web apps, and so to Maagal's pages and
 * API on the same session, with the Maagal groups their provider's groups map to. The settings are checked before
 * anything starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.security.oauth2.client.registration." + SignOnConfiguration.REGISTRATION,
    name = "client-id")
@EnableConfigurationProperties(SignOnProperties.class)
class SignOnConfiguration {

  /** Spring's client registration of the municipality's provider. */
  static final String REGISTRATION = "municipality";
  /** Where the sign-on starts (Spring's authorization request for the registration). */
  static final String START = "/oauth2/authorization/" + REGISTRATION;

  @Bean
  SignOnLogin signOnLogin(SignOnProperties settings, EngineUsers users, ProcessEngine engine,
      Organization organization) {
    var problems = GroupMapping.problems("maagal.sign-on.groups", settings.groups(), organization);
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The sign-on settings need mending: " + String.join("; ", problems));
    }
    return new SignOnLogin(settings, users, engine);
  }

  /**
   * The provider's two doors, and nothing else: the start of a sign-on and the provider's answer. What Spring learns
   * of the person is not kept in the session; the web apps' login made from it is (a new session, as theirs).
   * Between the API's chain and the web apps' (SecurityConfiguration's orders 1 and 3).
   */
  @Bean
  @Order(2)
  SecurityFilterChain signOnSecurity(HttpSecurity http, SignOnLogin login) throws Exception {
    http.securityMatcher(new OrRequestMatcher(List.of(PathPatternRequestMatcher.withDefaults().matcher(START),
            PathPatternRequestMatcher.withDefaults().matcher("/login/oauth2/code/" + REGISTRATION))))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .oauth2Login(oauth -> oauth.successHandler(login).failureHandler(login))
        .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .requestCache(cache -> cache.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.deny()));
    return http.build();
  }

  @Bean
  FilterRegistrationBean<SignOnEntrance> signOnEntrance(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<>(new SignOnEntrance(engine.getName()));
    registration.addUrlPatterns("/camunda/app/tasklist/*", "/camunda/app/welcome/*");
    return registration;
  }
}
