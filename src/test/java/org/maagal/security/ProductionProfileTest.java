package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.maagal.MaagalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

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
  void refusesAnInitialPasswordForPeople() {
    assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=Str0ng-and-long",
        "--maagal.organization.initial-password=demo"))
        .hasMessageContaining("initial-password is set");
  }

  private static void start(String... args) {
    new SpringApplicationBuilder(MaagalApplication.class).profiles("production").run(args).close();
  }
}
