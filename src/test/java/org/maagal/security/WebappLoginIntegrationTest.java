package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logging in to the engine's web apps as the demo people do, with the web apps' CSRF token. */
@MaagalIntegrationTest
class WebappLoginIntegrationTest {

  @LocalServerPort
  int port;

  @Test
  void departmentManagerLogsInToTasklistButNotCockpit() throws Exception {
    var browser = browser();

    assertThat(browser.login("hila-carmeli", "ein-karmit-demo", "tasklist")).isEqualTo(200);
    assertThat(browser.login("hila-carmeli", "ein-karmit-demo", "cockpit")).isEqualTo(403);
  }

  @Test
  void strategyUnitAndAdminLogInToCockpit() throws Exception {
    assertThat(browser().login("eyal-friedman", "ein-karmit-demo", "cockpit")).isEqualTo(200);
    assertThat(browser().login("admin", "city-hall-keys", "cockpit")).isEqualTo(200);
    assertThat(browser().login("admin", "city-hall-keys", "admin")).isEqualTo(200);
  }

  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
    var browser = browser();
    browser.open("/camunda/app/tasklist/");

    var response = browser.post("/camunda/api/admin/auth/user/default/login/tasklist", "username=itay-ron&password=ein-karmit-demo", false);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void theWebappsOfferNoFirstVisitorSetupPage() throws Exception {
    var browser = browser();
    browser.open("/camunda/app/admin/");

    var setup = browser.post("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", true);

    assertThat(setup.statusCode()).isEqualTo(403);
  }

  private WebappSession browser() {
    return new WebappSession(port);
  }
}
