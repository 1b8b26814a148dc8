package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.maagal.MaagalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The production profile will not start with the demo's weak settings. */
class ProductionProfileTest {

  @Test
  void refusesToStartWithoutAnAdminPassword() {
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password="))
        .hasMessageContaining("MAAGAL_ADMIN_PASSWORD is not set");
  }

  @Test
  void refusesADemoAdminPassword() {
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=admin"))
        .hasMessageContaining("MAAGAL_ADMIN_PASSWORD is a demo password");
  }

  @Test
  void refusesTheNewDemoPasswordsAndAnAdminPasswordShorterThanThePolicy() {
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=city-hall-keys"))
        .hasMessageContaining("MAAGAL_ADMIN_PASSWORD is a demo password");
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=Sh0rt-pass"))
        .hasMessageContaining("MAAGAL_ADMIN_PASSWORD is shorter than 12 characters");
  }

  @Test
  void refusesAnAdminPasswordThePolicyRefusesSayingWhy() {
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=our-Admin-keys-2026"))
        .hasMessageContaining("MAAGAL_ADMIN_PASSWORD contains the admin's user id, name or e-mail (admin)");
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=Password1234"))
        .hasMessageContaining("MAAGAL_ADMIN_PASSWORD is a common password");
  }

  @Test
  void refusesAnInitialPasswordForPeople() {
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=Str0ng-and-long",
        "--maagal.organization.initial-password=demo"))
        .hasMessageContaining("initial-password is set");
  }

  @Test
  void servesCookiesOnlyOverHttps() throws Exception {
    var environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("production", new ClassPathResource("application-production.yaml"))
        .forEach(environment.getPropertySources()::addFirst);

    assertThat(environment.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
    assertThat(environment.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo("true");
  }

  private static void start(String... args) {
    new SpringApplicationBuilder(MaagalApplication.class).profiles("production").run(args).close();
  }
}
