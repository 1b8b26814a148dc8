package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages' cookies and headers, login throttling on every door, and the doors that stay shut. */
@MaagalIntegrationTest
class HardenedWebappsIntegrationTest {

  @LocalServerPort
  int port;

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndTheCsrfCookieStrict() throws Exception {
    var browser = new WebappSession(port);
    HttpResponse<String> page = browser.open("/camunda/app/tasklist/default/");
    List<String> cookies = page.headers().allValues("Set-Cookie");

    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=")
        .containsIgnoringCase("SameSite=Strict"));
    // the demo runs on plain HTTP; the production profile adds Secure (ProductionProfileTest)
    assertThat(cookies).noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
  }

  @Test
  void everyCookieCarriesSameSiteOnEveryPathRefusalsIncluded() throws Exception {
    var cookies = new java.util.ArrayList<String>();
    // a login refused for its missing CSRF token, on a fresh session
    var refused = new WebappSession(port).post("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=yael-dror&password=ein-karmit-demo", false);
    assertThat(refused.statusCode()).isEqualTo(403);
    cookies.addAll(refused.headers().allValues("Set-Cookie"));
    // a wrong password, a page, a right login, the API without and with a login
    var browser = new WebappSession(port);
    cookies.addAll(browser.open("/camunda/app/cockpit/default/").headers().allValues("Set-Cookie"));
    cookies.addAll(browser.post("/camunda/api/admin/auth/user/default/login/cockpit",
        "username=nobody-here&password=wrong", true).headers().allValues("Set-Cookie"));
    var loggedIn = new WebappSession(port);
    cookies.addAll(loggedIn.open("/camunda/app/tasklist/default/").headers().allValues("Set-Cookie"));
    cookies.addAll(loggedIn.post("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=hila-carmeli&password=ein-karmit-demo", true).headers().allValues("Set-Cookie"));
    cookies.addAll(RawClient.anonymous(port).get("/api/cycles").headers().allValues("Set-Cookie"));
    cookies.addAll(RawClient.as(port, "hila-carmeli", "ein-karmit-demo").get("/goals/").headers().allValues("Set-Cookie"));

    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite="));
    assertThat(cookies).noneSatisfy(cookie -> assertThat(cookie.toLowerCase().split("samesite=", -1)).hasSizeGreaterThan(2));
  }

  @Test
  void thePagesCarrySecurityHeaders() throws Exception {
    var page = new WebappSession(port).open("/camunda/app/tasklist/default/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("frame-ancestors 'none'", "object-src 'none'", "script-src 'nonce-", "default-src 'self'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).isPresent();
  }

  @Test
  void theApiCarriesSecurityHeaders() {
    var response = RawClient.as(port, "itay-ron", "ein-karmit-demo").get("/api/cycles");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValue(SecurityConfiguration.API_CONTENT_SECURITY_POLICY);
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
        value -> assertThat(value).contains("no-store"));
  }

  @Test
  void aWrongPasswordDelaysTheNextLoginOnTheEngineApi() {
    assertThat(RawClient.as(port, "adi-paz", "guess").get("/engine-rest/task").statusCode()).isEqualTo(401);

    assertThat(RawClient.as(port, "adi-paz", "ein-karmit-demo").get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongPasswordDelaysTheNextLoginOnThePages() throws Exception {
    assertThat(new WebappSession(port).login("nitzan-lev", "guess", "tasklist")).isEqualTo(401);

    assertThat(new WebappSession(port).login("nitzan-lev", "ein-karmit-demo", "tasklist")).isEqualTo(401);
  }

  @Test
  void aWrongPasswordDelaysTheNextLoginOnOurApi() {
    assertThat(RawClient.as(port, "sivan-hadar", "guess").get("/api/cycles").statusCode()).isEqualTo(401);

    assertThat(RawClient.as(port, "sivan-hadar", "ein-karmit-demo").get("/api/cycles").statusCode()).isEqualTo(401);
  }

  @Test
  void theDatabaseConsoleIsNotThere() {
    for (String path : new String[] {"/h2-console", "/h2-console/", "/h2-console/login.do"}) {
      var response = RawClient.as(port, "admin", "city-hall-keys").get(path);
      assertThat(response.statusCode()).as(path).isIn(401, 403, 404);
      assertThat(response.body()).as(path).doesNotContain("H2 Console", "JDBC URL");
    }
  }
}
