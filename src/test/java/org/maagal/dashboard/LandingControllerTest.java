package org.maagal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class LandingControllerTest {

  private final LandingController landing = new LandingController();

  @Test
  void theStrategyUnitTheCeoAndTheMayorLandOnTheDashboard() {
    for (String role : List.of("strategy-unit", "ceo", "mayor")) {
      var answer = landingOf("someone", role, "committee-steering");
      assertThat(answer.getStatusCode().value()).as(role).isEqualTo(200);
      assertThat(answer.getBody().path()).as(role).isEqualTo("/dashboard/");
    }
  }

  @Test
  void aDepartmentManagerFinanceAndAnAdminStayInTasklist() {
    assertThat(landingOf("itay-ron", "dept-youth", "committee-team-educational").getStatusCode().value()).isEqualTo(204);
    assertThat(landingOf("eli-mizrahi", "finance", "committee-steering").getStatusCode().value()).isEqualTo(204);
    assertThat(landingOf("admin", "camunda-admin").getStatusCode().value()).isEqualTo(204);
    assertThat(landingOf("admin", "camunda-admin").getBody()).isNull();
  }

  @Test
  void anAdminInTheStrategyUnitLandsOnTheDashboard() {
    assertThat(landingOf("noa-admin", "camunda-admin", "strategy-unit").getBody().path()).isEqualTo("/dashboard/");
  }

  @Test
  void aLoginReturnsToTheMaagalPageThatSentThePersonThere() {
    for (String page : OWN_PAGES) {
      var answer = landing.landing(person("itay-ron", "dept-youth"), page);
      assertThat(answer.getStatusCode().value()).as(page).isEqualTo(200);
      assertThat(answer.getBody().path()).as(page).isEqualTo(page);
    }
  }

  @Test
  void aReturnAddressThatIsNotOneOfMaagalsPagesIsIgnored() {
    for (String address : NOT_OUR_PAGES) {
      assertThat(landing.landing(person("itay-ron", "dept-youth"), address).getStatusCode().value()).as(address)
          .isEqualTo(204);
      assertThat(landing.landing(person("noa-barak", "strategy-unit"), address).getBody().path()).as(address)
          .isEqualTo("/dashboard/");
    }
  }

  /** Pages a login may return to, as PageLoginRequired writes them (path, query and fragment). */
  static final List<String> OWN_PAGES = List.of("/dashboard/goals?year=2017", "/review/?year=2027#gaps", "/meetings/?meeting=12", "/budget/?year=2027", "/picture/?year=2027", "/control/?year=2027", "/dashboard",
      "/goals/", "/work-plans/?year=2027&department=youth", "/measurement/", "/camunda/app/tasklist/default/",
      "/camunda/app/cockpit/default/#/processes", "/camunda/app/admin/default/", "/dashboard/late?year=2027%20",
      "/organization/", "/publication/?year=2027");

  /**
   * Addresses a browser would take to another site, or that are not a page of Maagal: scheme-relative, backslashes,
   * dot segments, the same percent-encoded (once and twice, either case), tabs and line breaks that a browser
   * drops, absolute and script addresses, our API, and malformed encodings.
   */
  static final List<String> NOT_OUR_PAGES = List.of("//evil.example/", "/\\evil.example/", "/.//evil.example/",
      "/./evil.example/", "/%2F%2Fevil.example/", "/%2f%2Fevil.example/", "%2F%2Fevil.example/", "%2f%2fevil.example",
      "/%5Cevil.example", "/%5cevil.example", "/%252F%252Fevil.example/", "/%2E/%2Fevil.example/",
      "/\t/evil.example/", "/\n/evil.example/", "/%09/evil.example/", "/%0A/evil.example/", "/%0d%0a/evil.example",
      "/dashboard/\t/x", "/dashboard/%0a", "https://evil.example/", "HTTPS://evil.example/dashboard/",
      "http://localhost:8080/dashboard/", "javascript:alert(1)", "JavaScript:alert(1)//dashboard/", "dashboard/", "",
      " /dashboard/", "/api/cycles", "/engine-rest/task", "/camunda/api/engine/engine/default/task",
      "/dashboard/../api/cycles", "/dashboard/%2e%2e/api/cycles", "/dashboard/%2E%2E%2Fapi", "/goals//evil.example/",
      "/goals/%2F%2Fevil.example/", "/camunda/app/../../evil.example", "/camunda/app/", "/dashboardx",
      "/review%2F%2Fevil.example", "/review/%zz", "/review\\evil.example", "/dashboard/" + "x".repeat(2000));

  private ResponseEntity<LandingController.Landing> landingOf(String user, String... groups) {
    return landing.landing(person(user, groups), null);
  }

  private static UsernamePasswordAuthenticationToken person(String user, String... groups) {
    var authorities = List.of(groups).stream().map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }
}
