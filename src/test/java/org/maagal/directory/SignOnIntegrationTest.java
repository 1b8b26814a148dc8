package org.maagal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.maagal.BrowserTest;
import org.maagal.HeadlessChromium;
import org.maagal.MaagalIntegrationTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The municipality's people sign on through its OpenID Connect provider: opening Tasklist takes them there, its login
 * form signs them in, and they come back logged in to the web apps and Maagal's pages, with their work from their
 * provider's groups; nobody the provider vouches for takes an account of the engine's own. The provider is a real one
 * (Spring Authorization Server, {@link OpenIdProvider}) in this process, and the person's side is a cookie-keeping
 * HTTP client that follows every redirect and fills the provider's login form, as a browser does. Its own application
 * in a JVM of its own (the {@code processes} execution), as the directory's.
 */
@MaagalIntegrationTest
@DirtiesContext
class SignOnIntegrationTest {

  static final String SCHOOLS = "מנהלי בתי ספר";
  static final String STRATEGY = "תכנון אסטרטגי";
  static final String DOMAIN = "ein-karmit.example";
  static final OpenIdProvider.Person DANA = new OpenIdProvider.Person("dana", "Kedem-2026-sso",
      "Dana.Kedem@" + DOMAIN, "דנה", "קדם", "dana.kedem@" + DOMAIN, List.of(SCHOOLS, "כל העובדים"));
  static final OpenIdProvider.Person OMER = new OpenIdProvider.Person("omer", "Sela-2026-sso",
      "omer.sela@" + DOMAIN, "עומר", "סלע", "omer.sela@" + DOMAIN, List.of(STRATEGY));
  static final OpenIdProvider provider = OpenIdProvider.start(List.of(DANA, OMER,
      new OpenIdProvider.Person("guy", "Nahum-2026-sso", "guy.nahum@" + DOMAIN, "גיא", "נחום", null,
          List.of("כל העובדים")),
      new OpenIdProvider.Person("admin", "Admin-2026-sso", "admin@" + DOMAIN, "מנהל", null, null,
          List.of(SCHOOLS, STRATEGY)),
      new OpenIdProvider.Person("noa", "Noa-2026-sso", "noa-barak@" + DOMAIN, "נועה", "ברק", null, List.of(SCHOOLS)),
      new OpenIdProvider.Person("eve", "Eve-2026-sso", "eve@elsewhere.example", "איב", null, null, List.of(SCHOOLS)),
      new OpenIdProvider.Person("mallory", "Mallory-2026-sso", "<script>alert(1)</script>", null, null, null,
          List.of(SCHOOLS))));

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;

  @DynamicPropertySource
  static void theProvider(DynamicPropertyRegistry settings) {
    String registration = "spring.security.oauth2.client.registration.municipality.";
    settings.add(registration + "provider", () -> "municipality");
    settings.add(registration + "client-id", () -> OpenIdProvider.CLIENT_ID);
    settings.add(registration + "client-secret", () -> OpenIdProvider.CLIENT_SECRET);
    settings.add(registration + "scope", () -> "openid,profile,email");
    settings.add("spring.security.oauth2.client.provider.municipality.issuer-uri", provider::issuer);
    settings.add("maagal.sign-on.user-id-domain", () -> DOMAIN);
    settings.add("maagal.sign-on.groups[0].directory", () -> SCHOOLS);
    settings.add("maagal.sign-on.groups[0].maagal", () -> "dept-schools");
    settings.add("maagal.sign-on.groups[1].directory", () -> STRATEGY);
    settings.add("maagal.sign-on.groups[1].maagal", () -> "dept-strategy,strategy-unit");
  }

  @Test
  void peopleSignOnThroughTheProviderWithTheirWorkFromItsGroups() throws Exception {
    provider.redirectTo("http://localhost:" + port + "/login/oauth2/code/municipality");

    // Dana opens a Maagal page without a login; its link to Tasklist takes her to the provider and back
    var dana = new Visitor();
    var page = dana.get("/goals");
    assertThat(page.statusCode()).isEqualTo(401);
    var tasklist = dana.get("/camunda/app/tasklist/default/?maagal-return=" + encoded("/goals"));
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location").orElseThrow())
        .isEqualTo("http://localhost:" + port + "/oauth2/authorization/municipality");
    String sessionBefore = dana.session();
    var landed = dana.signOn(tasklist, DANA);
    assertThat(landed.uri().toString()).as("back in Tasklist, after a fresh login, to return to the page")
        .startsWith("http://localhost:" + port + "/camunda/app/tasklist/default/?maagal-signed-on&maagal-return=")
        .endsWith(encoded("/goals"));
    assertThat(landed.statusCode()).isEqualTo(200);
    assertThat(dana.session()).as("a new session, as the web apps' own login makes").isNotEqualTo(sessionBefore);

    // she is the engine's user with the provider's name and e-mail, no password, and her work from her groups
    var user = identity.createUserQuery().userId("dana.kedem").singleResult();
    assertThat(user.getFirstName()).isEqualTo("דנה");
    assertThat(user.getLastName()).isEqualTo("קדם");
    assertThat(user.getEmail()).isEqualTo("dana.kedem@" + DOMAIN);
    assertThat(user.getPassword()).isNull();
    assertThat(groupsOf("dana.kedem")).contains("dept-schools").doesNotContain("strategy-unit");
    var webappLogin = dana.get("/camunda/api/admin/auth/user/default");
    assertThat(webappLogin.statusCode()).isEqualTo(200);
    assertThat(webappLogin.body()).contains("\"userId\":\"dana.kedem\"").contains("tasklist");
    assertThat(dana.get("/goals").statusCode()).as("the page takes the login").isEqualTo(200);
    assertThat(dana.get("/api/me/notifications").statusCode()).isEqualTo(200);
    assertThat(dana.get("/api/notifications/unconfirmed").statusCode()).as("not the strategy unit").isEqualTo(403);
    assertThat(dana.get("/camunda/api/engine/engine/default/task?candidateGroup=dept-schools&maxResults=50").statusCode())
        .isEqualTo(200);
    assertThat(basic("dana.kedem", DANA.password())).as("no password of the engine's").isEqualTo(401);
    var replayed = dana.get(dana.lastAnswerOfTheProvider);
    assertThat(replayed.statusCode()).as("the provider's answer is good once").isEqualTo(401);
    assertThat(replayed.body()).contains("הכניסה דרך ספק הזהות של העירייה לא הושלמה");

    // Omer, of the strategy unit, signs on straight from Tasklist and has the strategy unit's reach
    var omer = new Visitor();
    var omerLanded = omer.signOn(omer.get("/camunda/app/tasklist/"), OMER);
    assertThat(omerLanded.uri().getRawQuery()).isEqualTo("maagal-signed-on");
    assertThat(omer.get("/api/notifications/unconfirmed").statusCode()).isEqualTo(200);

    // refused, with nothing written: no mapped group, the engine's own accounts, another domain, no user id at all
    assertThat(refusal("guy", "Nahum-2026-sso")).contains("אינו חבר באף קבוצה");
    assertThat(identity.createUserQuery().userId("guy.nahum").count()).isZero();
    assertThat(refusal("admin", "Admin-2026-sso")).contains("חשבון מקומי");
    assertThat(groupsOf("admin")).doesNotContain("dept-schools", "strategy-unit");
    assertThat(basic("admin", "city-hall-keys")).as("the break-glass admin's password still works").isEqualTo(200);
    assertThat(refusal("noa", "Noa-2026-sso")).contains("חשבון מקומי");
    assertThat(identity.createUserQuery().userId("noa-barak").singleResult().getEmail())
        .isEqualTo("noa-barak@" + DOMAIN);
    assertThat(refusal("eve", "Eve-2026-sso")).contains("eve@elsewhere.example").contains("אינו שם משתמש");
    assertThat(refusal("mallory", "Mallory-2026-sso")).as("the provider's words are escaped")
        .contains("&lt;script&gt;").doesNotContain("<script>");

    // IT moves Dana to the strategy unit at the provider: her next sign-on brings her groups up to it
    provider.change(new OpenIdProvider.Person("dana", DANA.password(), DANA.preferredUsername(), "דנה", "קדם",
        DANA.email(), List.of(STRATEGY)));
    new Visitor().signOn(new Visitor().get("/camunda/app/tasklist/default/"), DANA);
    assertThat(groupsOf("dana.kedem")).contains("strategy-unit", "dept-strategy").doesNotContain("dept-schools");

    // an answer the provider did not give (a forged code and state) logs nobody in
    var forger = new Visitor();
    var forged = forger.get("/login/oauth2/code/municipality?code=stolen&state=guessed");
    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(forged.body()).contains("הכניסה דרך ספק הזהות של העירייה לא הושלמה");
    assertThat(forger.get("/api/me/notifications").statusCode()).isEqualTo(401);

    // Cockpit keeps its password form for the break-glass admin; the engine's REST API keeps its Basic login
    assertThat(new Visitor().get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    assertThat(new Visitor().get("/engine-rest/task").statusCode()).isEqualTo(401);
  }

  /**
   * The first day, in a browser: Omer opens a Maagal page, follows its link to log in, types his password into the
   * provider's form, and is back on the page, logged in (Tasklist's landing after the sign-on takes him there).
   */
  @Test
  @BrowserTest
  void aPageOpenedWithoutALoginComesBackAfterTheSignOn() throws Exception {
    provider.redirectTo("http://localhost:" + port + "/login/oauth2/code/municipality");
    var browser = HeadlessChromium.newVisitor();
    var wait = HeadlessChromium.waiting(browser);
    browser.get("http://localhost:" + port + "/goals");
    browser.findElement(By.id("login")).click();
    wait.until(page -> page.getCurrentUrl().startsWith(provider.issuer() + "/login"));
    browser.findElement(By.id("username")).sendKeys(OMER.login());
    browser.findElement(By.id("password")).sendKeys(OMER.password());
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(page -> page.getCurrentUrl().equals("http://localhost:" + port + "/goals")
        && !page.findElements(By.tagName("main")).isEmpty());
    HeadlessChromium.shootWholePage(browser, Path.of("target/sign-on-shots/goals-after-sign-on.png"));
    var asked = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/me/notifications').then(r => done(r.status));");
    assertThat(asked).as("the page's own requests are his").isEqualTo(200L);

    // Guy, in no group that gives work, is told so in Hebrew, right to left
    browser = HeadlessChromium.newVisitor();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
    HeadlessChromium.waiting(browser).until(page -> page.getCurrentUrl().startsWith(provider.issuer() + "/login"));
    browser.findElement(By.id("username")).sendKeys("guy");
    browser.findElement(By.id("password")).sendKeys("Nahum-2026-sso");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    var reason = HeadlessChromium.waiting(browser).until(page -> page.findElements(By.id("reason")).stream()
        .findFirst().orElse(null));
    assertThat(reason.getText()).contains("guy.nahum", "אינו חבר באף קבוצה");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
    HeadlessChromium.shoot(browser, Path.of("target/sign-on-shots/refused-no-group.png"));
  }

  /** Signs on as a new visitor and answers the refusal page's text (403). */
  private String refusal(String login, String password) throws Exception {
    var visitor = new Visitor();
    var refused = visitor.signOn(visitor.get("/camunda/app/tasklist/default/"),
        new OpenIdProvider.Person(login, password, null, null, null, null, List.of()));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(visitor.get("/api/me/notifications").statusCode()).as("not logged in").isEqualTo(401);
    return refused.body();
  }

  private int basic(String user, String password) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me/notifications"))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stopProvider() {
    provider.stop();
  }

  /** A browser's part: its cookies per host, redirects followed one by one, the provider's login form filled. */
  class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String lastAnswerOfTheProvider;

    HttpResponse<String> get(String pathOrUri) throws IOException, InterruptedException {
      var uri = pathOrUri.startsWith("http") ? URI.create(pathOrUri) : URI.create("http://localhost:" + port
          + pathOrUri);
      return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    /** Follows {@code start}'s redirects, fills the provider's login form when it comes, up to the last answer. */
    HttpResponse<String> signOn(HttpResponse<String> start, OpenIdProvider.Person person)
        throws IOException, InterruptedException {
      var response = start;
      for (int step = 0; step < 12; step++) {
        var location = response.headers().firstValue("Location");
        if (location.isPresent()) {
          String next = response.uri().resolve(location.get()).toString();
          if (next.contains("/login/oauth2/code/")) {
            lastAnswerOfTheProvider = next;
          }
          response = get(next);
        } else if (response.uri().getPath().equals("/login") && response.statusCode() == 200) {
          var csrf = CSRF.matcher(response.body());
          assertThat(csrf.find()).as("the provider's login form").isTrue();
          String form = "username=" + encoded(person.login()) + "&password=" + encoded(person.password())
              + "&_csrf=" + encoded(csrf.group(1));
          response = http.send(HttpRequest.newBuilder(response.uri()).header("Content-Type",
              "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
              HttpResponse.BodyHandlers.ofString());
        } else {
          return response;
        }
      }
      throw new AssertionError("more than 12 steps to sign on: " + response.uri());
    }

    String session() {
      return cookies.getCookieStore().get(URI.create("http://localhost:" + port)).stream()
          .filter(cookie -> cookie.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst()
          .orElse(null);
    }
  }
}
