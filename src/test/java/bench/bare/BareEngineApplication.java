package bench.bare;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * A bare Camunda 7 engine, as a new Camunda Spring Boot project with the REST starter would be, secured the way
 * Camunda's own documentation secures it: HTTP Basic on the REST API (the engine's
 * {@link ProcessEngineAuthenticationFilter}, users and passwords in the engine's identity tables) and the engine's
 * authorizations on, the schools department's manager in her group as in Maagal, with the grant every Maagal user
 * has; no Maagal bean. The yardstick for {@code EngineOverheadApplicationBenchmark}: what Maagal adds beyond the
 * engine's own security. Its package lies outside {@code org.maagal}, so Maagal's component scan and its tests never
 * see it; it reads {@code bare.yaml} ({@code --spring.config.name=bare}), never Maagal's {@code application.yaml},
 * and turns off what only Maagal's class path brings (see there).
 */
@SpringBootApplication
public class BareEngineApplication {

  static final String GROUP = "dept-schools";
  static final String MANAGER = "yael-dror";
  static final String PASSWORD = "ein-karmit-demo";

  public static void main(String[] arguments) {
    SpringApplication.run(BareEngineApplication.class, arguments);
  }

  /** Camunda's own login on every request to its REST API, as its documentation configures it. */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestLogin() {
    var filter = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    filter.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    filter.addUrlPatterns("/engine-rest/*");
    return filter;
  }

  /**
   * The schools department's manager in her group, which the engine grants each task offered to it, and the grant
   * Maagal gives every user: reading the process definitions. The admin comes from {@code camunda.bpm.admin-user}.
   */
  @Bean
  ApplicationRunner schoolsManager(IdentityService identity, AuthorizationService authorizations) {
    return arguments -> {
      if (identity.createUserQuery().userId(MANAGER).count() > 0) {
        return;
      }
      var group = identity.newGroup(GROUP);
      group.setName("מחלקת בתי ספר");
      identity.saveGroup(group);
      var manager = identity.newUser(MANAGER);
      manager.setPassword(PASSWORD);
      identity.saveUser(manager);
      identity.createMembership(MANAGER, GROUP);
      var everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      everyone.setUserId(Authorization.ANY);
      everyone.setResource(Resources.PROCESS_DEFINITION);
      everyone.setResourceId(Authorization.ANY);
      everyone.addPermission(ProcessDefinitionPermissions.READ);
      authorizations.saveAuthorization(everyone);
    };
  }
}
