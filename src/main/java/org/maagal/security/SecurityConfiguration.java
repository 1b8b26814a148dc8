package org.maagal.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.maagal.organization.Role;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two doors. Our own API, its OpenAPI pages and actuator take HTTP Basic against the engine's
 * users, with no session. The engine's web apps and {@code /engine-rest} keep the engine's own
 * guards: the web apps' login, session and CSRF token, and the engine's Basic filter on REST.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

  static final String ADMIN = Role.ADMIN.groupId();
  static final String DESIGN_COMMITTEE = "committee-design";

  /** JSON answers and the Swagger UI: our own scripts and styles only, never inside another site's frame. */
  static final String API_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
      + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; "
      + "frame-ancestors 'none'";

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
    http.securityMatcher("/api/**", "/goals/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
            "/actuator/**")
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
            .permitAll()
            .requestMatchers("/actuator/**").hasAuthority(ADMIN)
            .requestMatchers(HttpMethod.POST, "/api/cycles").hasAuthority(Role.STRATEGY_UNIT.groupId())
            // the design committee drafts the goal tree; the strategy unit is its secretariat
            .requestMatchers(HttpMethod.POST, "/api/cycles/*/goals/import")
            .hasAnyAuthority(Role.STRATEGY_UNIT.groupId(), DESIGN_COMMITTEE)
            // the treasury keeps the budget book; the strategy unit loads it for the planning cycle
            .requestMatchers(HttpMethod.POST, "/api/cycles/*/budget/import")
            .hasAnyAuthority(Role.FINANCE.groupId(), Role.STRATEGY_UNIT.groupId(), ADMIN)
            .requestMatchers(HttpMethod.PUT, "/api/cycles/*/calendar/**").hasAuthority(Role.STRATEGY_UNIT.groupId())
            .requestMatchers("/api/notifications/**").hasAnyAuthority(Role.STRATEGY_UNIT.groupId(), ADMIN)
            .requestMatchers("/api/admin/**").hasAuthority(ADMIN)
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .headers(headers -> headers
            .frameOptions(frame -> frame.deny())
            .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic with JSON bodies: there is no session cookie for a forged request to ride on.
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain engineWebappsSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The web apps send their own CSRF header (X-XSRF-TOKEN), checked by Camunda's CsrfPreventionFilter.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  /** Where the engine's REST resources answer: its own REST API and the web apps' copy of it. */
  static final String[] ENGINE_API = {"/engine-rest/*", "/camunda/api/*"};

  @Bean
  FilterRegistrationBean<EngineErrorMasking> engineErrorMasking(ProblemResponses problems, IdentityService identity) {
    var registration = new FilterRegistrationBean<>(new EngineErrorMasking(problems, identity));
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineExpressionGuard> engineExpressionGuard(ProblemResponses problems) {
    var registration = new FilterRegistrationBean<>(new EngineExpressionGuard(problems));
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimit> apiRequestBodyLimit(ProblemResponses problems) {
    var registration = new FilterRegistrationBean<>(new RequestBodyLimit(problems));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
