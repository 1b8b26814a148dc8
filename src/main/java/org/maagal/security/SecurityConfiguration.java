package org.maagal.security;

import java.util.Arrays;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. Our own API, its pages, its OpenAPI pages and actuator take HTTP Basic against the
 * engine's users, or the web apps' login of the browser's session (with the web apps' CSRF token on
 * every change; {@link WebappSessionAuthentication}); they never open a session of their own. The
 * engine's web apps and {@code /engine-rest} keep the engine's own guards: the web apps' login,
 * session and CSRF token, and the engine's Basic filter on REST.
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

  /** The pages people open in a browser (not their API): without a login they point to the Tasklist login. */
  static final String[] PAGE_PATHS = {"/goals/**", "/work-plans/**", "/measurement/**", "/review/**", "/control/**",
      "/picture/**", "/meetings/**", "/budget/**", "/dashboard", "/dashboard/**", "/publication/**",
      "/organization", "/organization/**"};
  static final RequestMatcher PAGES = anyOf(PAGE_PATHS);
  /**
   * What the API's chain guards: our API, its documentation, the actuator and the pages. Matched by path patterns,
   * not by Spring MVC's handler mappings (Spring Security's default for a path given as a string): every request
   * to the engine's REST API is first asked whether it belongs here, and asking the handler mappings was about a
   * tenth of the cost of a task's completion ({@code EngineOverheadApplicationBenchmark}).
   */
  static final RequestMatcher API_CHAIN = anyOf(Stream.concat(Stream.of("/api/**", "/v3/api-docs/**",
      "/swagger-ui/**", "/swagger-ui.html", "/actuator/**"), Arrays.stream(PAGE_PATHS)).toArray(String[]::new));

  private static RequestMatcher anyOf(String... paths) {
    return new OrRequestMatcher(Arrays.stream(paths)
        .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
  }

  /** The public site: only what is published, to anyone, with nothing of a login, a session or a script. */
  static final String PUBLIC_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /**
   * The public site ({@code /public/**}): read without a login, and never with one: a login sent along is not read,
   * no session is opened, and its pages may be cached a minute (they say so themselves).
   */
  @Bean
  @Order(0)
  SecurityFilterChain publicSiteSecurity(HttpSecurity http) throws Exception {
    http.securityMatcher(anyOf("/public", "/public/**"))
        .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/public", "/public/**").permitAll()
            // a resident's application to an open call (bounded and limited by the public site itself)
            .requestMatchers(HttpMethod.POST, "/public/calls/*").permitAll()
            .anyRequest().denyAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .securityContext(context -> context.disable())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers
            .cacheControl(cache -> cache.disable())
            .frameOptions(frame -> frame.deny())
            .contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_CONTENT_SECURITY_POLICY)));
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems,
      EngineUserAuthenticationProvider users, ProcessEngine engine) throws Exception {
    http.securityMatcher(API_CHAIN)
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
        .addFilterBefore(new WebappSessionAuthentication(users, problems, engine.getName()),
            BasicAuthenticationFilter.class)
        .exceptionHandling(errors -> errors
            .defaultAuthenticationEntryPointFor(new PageLoginRequired(), PAGES)
            .defaultAuthenticationEntryPointFor(problems, AnyRequestMatcher.INSTANCE)
            .accessDeniedHandler(problems))
        .headers(headers -> headers
            .frameOptions(frame -> frame.deny())
            .contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY)))
        // No session of its own, and no new session id either: a login read from the web apps' session would
        // otherwise look new on every request, and the id would change under the page's parallel requests
        // (the web apps' own login already gives the session a new id).
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // A change with Basic credentials from another site is refused by CrossSiteBasicRefusal; a request on the
        // web apps' session is checked against their CSRF token by WebappSessionAuthentication, so Spring's own
        // check stays off.
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  /** The last chain: after the sign-on through the municipality's provider, when there is one (directory's, 2). */
  @Bean
  @Order(3)
  SecurityFilterChain engineWebappsSecurity(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The web apps send their own CSRF header (X-XSRF-TOKEN), checked by Camunda's CsrfPreventionFilter.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
    return http.build();
  }

  /**
   * A request that Spring's firewall refuses (a path with "..", a semicolon or an encoded slash, bent from one part
   * of the site towards another) is a client's error, 400, not a server error.
   */
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return new HttpStatusRequestRejectedHandler();
  }

  /** Where the engine's REST resources answer: its own REST API and the web apps' copy of it. */
  static final String[] ENGINE_API = {"/engine-rest/*", "/camunda/api/*"};

  /** First of all: a path bent with dot segments is refused, whichever part of the site it names. */
  @Bean
  FilterRegistrationBean<DotSegmentRefusal> dotSegmentRefusal(ProblemResponses problems) {
    var registration = new FilterRegistrationBean<>(new DotSegmentRefusal(problems));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Before any login is checked: a change with Basic credentials from another site is refused unread. */
  @Bean
  FilterRegistrationBean<CrossSiteBasicRefusal> crossSiteBasicRefusal(ProblemResponses problems) {
    var registration = new FilterRegistrationBean<>(new CrossSiteBasicRefusal(problems));
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<EngineErrorMasking> engineErrorMasking(ProblemResponses problems, ProcessEngine engine,
      PasswordProperties passwords) {
    int queryMaxResults = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getQueryMaxResultsLimit();
    var registration = new FilterRegistrationBean<>(new EngineErrorMasking(problems, engine.getIdentityService(),
        passwords.minLength(), queryMaxResults));
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

  /** Every path, before anything reads a body: the engine's filters and the engine itself, Spring Security, our API. */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(ProblemResponses problems) {
    var registration = new FilterRegistrationBean<>(new RequestBodyLimit(problems, ENGINE_API));
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /** After the engine's Basic login, so that it knows the caller; for the web apps it reads their session. */
  @Bean
  FilterRegistrationBean<CompletionGuard> completionGuard(ProblemResponses problems, ProcessEngine engine,
      ObjectMapper json) {
    var registration = new FilterRegistrationBean<>(new CompletionGuard(problems, engine.getIdentityService(),
        engine.getTaskService(), engine.getFormService(), json, engine.getName()));
    registration.addUrlPatterns(ENGINE_API);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ProcessEngine engine) {
    var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(
        new EngineRestAuthentication(engine));
    registration.setName("engine-rest-authentication");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
