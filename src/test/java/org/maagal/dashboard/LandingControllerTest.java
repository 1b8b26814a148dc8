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

  private ResponseEntity<LandingController.Landing> landingOf(String user, String... groups) {
    var authorities = List.of(groups).stream().map(SimpleGrantedAuthority::new).toList();
    return landing.landing(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
  }
}
