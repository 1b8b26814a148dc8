package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Logging in to the engine's web apps as the demo people do, with the web apps' CSRF token. */
@MaagalIntegrationTest
class WebappLoginIntegrationTest {

  @LocalServerPort
  int port;

  @Test
  void departmentManagerLogsInToTasklistButNotCockpit() throws Exception {
    var browser = new Browser();

    assertThat(browser.login("hila-carmeli", "demo", "tasklist")).isEqualTo(200);
    assertThat(browser.login("hila-carmeli", "demo", "cockpit")).isEqualTo(403);
  }

  @Test
  void strategyUnitAndAdminLogInToCockpit() throws Exception {
    assertThat(new Browser().login("eyal-friedman", "demo", "cockpit")).isEqualTo(200);
    assertThat(new Browser().login("admin", "admin", "cockpit")).isEqualTo(200);
    assertThat(new Browser().login("admin", "admin", "admin")).isEqualTo(200);
  }

  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
    var browser = new Browser();
    browser.open("/camunda/app/tasklist/");

    var response = browser.post("/camunda/api/admin/auth/user/default/login/tasklist", "username=itay-ron&password=demo", false);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void theWebappsOfferNoFirstVisitorSetupPage() throws Exception {
    var browser = new Browser();
    browser.open("/camunda/app/admin/");

    var setup = browser.post("/camunda/api/admin/setup/default/user/create",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}", true);

    assertThat(setup.statusCode()).isEqualTo(403);
  }

  /** A cookie-keeping client, as a browser. */
  private final class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NORMAL).build();

    int login(String user, String password, String app) throws Exception {
      open("/camunda/app/" + app + "/");
      return post("/camunda/api/admin/auth/user/default/login/" + app,
          "username=" + user + "&password=" + password, true).statusCode();
    }

    void open(String path) throws IOException, InterruptedException {
      http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    HttpResponse<String> post(String path, String body, boolean withCsrfToken) throws Exception {
      var request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
          .header("Content-Type", body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
      if (withCsrfToken) {
        request.header("X-XSRF-TOKEN", csrfToken());
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String csrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private URI uri(String path) {
      return URI.create("http://localhost:" + port + path);
    }
  }
}
