package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.clock.ApplicationClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A lock after ten wrong passwords ends by itself after {@code maagal.login.lock-duration} (15 minutes), for anyone
 * and for the admin, and the break-glass start-up gives the admin back. Time is moved on the application's clock,
 * the engine's, never waited for; logins go through the real doors (HTTP Basic on the engine's REST API and ours).
 */
@MaagalIntegrationTest
class AccountLockIntegrationTest {

  static final String USER = "lock-test-clerk";
  static final String RIGHT = "a-right-long-password";
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "city-hall-keys";
  static final Duration LOCK = Duration.ofMinutes(15);
  /** Longer than the engine's longest wait between two wrong passwords (loginDelayMaxTime, 60 s). */
  static final Duration PAST_A_DELAY = Duration.ofSeconds(61);

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  ApplicationClock clock;
  @Autowired
  AdminBreakGlass breakGlass;

  @BeforeEach
  void aClerkWithAPassword() {
    if (identity.createUserQuery().userId(USER).count() == 0) {
      var user = identity.newUser(USER);
      user.setFirstName("Lock");
      user.setLastName("Test");
      user.setPassword(RIGHT);
      identity.saveUser(user);
    }
    identity.unlockUser(USER);
  }

  @AfterEach
  void realTimeAndNobodyLocked() {
    ClockUtil.reset();
    identity.unlockUser(USER);
    identity.unlockUser(ADMIN);
  }

  @Test
  void aLockAfterTenWrongPasswordsEndsByItselfAfterFifteenMinutes() {
    assertThat(engineLogin(USER, RIGHT)).isEqualTo(200);

    wrongPasswordsInARow(USER, 10);

    assertThat(engineLogin(USER, RIGHT)).as("locked, even with the right password").isEqualTo(401);
    clock.moveForward(LOCK.minusMinutes(1));
    assertThat(apiLogin(USER, RIGHT)).as("still locked a minute before the end").isEqualTo(401);
    clock.moveForward(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(engineLogin(USER, RIGHT)).as("the lock has ended by itself").isEqualTo(200);
    assertThat(apiLogin(USER, RIGHT)).isEqualTo(200);
  }

  @Test
  void afterTheLockEachWrongPasswordLocksAgainUntilARightOne() {
    wrongPasswordsInARow(USER, 10);
    clock.moveForward(LOCK.plusSeconds(1));

    assertThat(engineLogin(USER, "one-more-guess")).isEqualTo(401);
    assertThat(engineLogin(USER, RIGHT)).as("one guess locks it for another 15 minutes").isEqualTo(401);
    clock.moveForward(LOCK.minusSeconds(1));
    assertThat(engineLogin(USER, RIGHT)).isEqualTo(401);
    clock.moveForward(Duration.ofSeconds(2));
    assertThat(engineLogin(USER, RIGHT)).isEqualTo(200);

    // the right password counted the wrong ones back to zero: the next wrong one costs the engine's first wait only
    assertThat(engineLogin(USER, "a-typo")).isEqualTo(401);
    clock.moveForward(Duration.ofSeconds(4));
    assertThat(engineLogin(USER, RIGHT)).isEqualTo(200);
  }

  @Test
  void theAdminIsLockedOutForFifteenMinutesAtMostWhoeverGuesses() {
    wrongPasswordsInARow(ADMIN, 10);

    assertThat(engineLogin(ADMIN, ADMIN_PASSWORD)).isEqualTo(401);
    clock.moveForward(LOCK.plusSeconds(1));
    assertThat(engineLogin(ADMIN, ADMIN_PASSWORD)).isEqualTo(200);
    assertThat(RawClient.as(port, ADMIN, ADMIN_PASSWORD).get("/actuator/info").statusCode()).isEqualTo(200);
  }

  @Test
  void theBreakGlassStartUpUnlocksTheAdminAndGivesBackItsPasswordAndGroup() {
    wrongPasswordsInARow(ADMIN, 10);
    var admin = identity.createUserQuery().userId(ADMIN).singleResult();
    admin.setPassword("a-password-nobody-remembers");
    identity.saveUser(admin);
    identity.deleteMembership(ADMIN, "camunda-admin");
    try {
      assertThat(engineLogin(ADMIN, ADMIN_PASSWORD)).isEqualTo(401);

      breakGlass.resetAdmin();

      assertThat(engineLogin(ADMIN, ADMIN_PASSWORD)).isEqualTo(200);
      assertThat(identity.createUserQuery().userId(ADMIN).memberOfGroup("camunda-admin").count()).isOne();
      assertThat(RawClient.as(port, ADMIN, ADMIN_PASSWORD).get("/actuator/info").statusCode()).isEqualTo(200);
      assertThat(engineLogin(ADMIN, "a-password-nobody-remembers")).isEqualTo(401);
    } finally {
      breakGlass.resetAdmin(); // the other tests' admin, whatever happened above
    }
  }

  /** Wrong passwords, each after the engine's wait for the one before, so that every one counts. */
  private void wrongPasswordsInARow(String user, int count) {
    for (int attempt = 1; attempt <= count; attempt++) {
      if (attempt > 1) {
        clock.moveForward(PAST_A_DELAY);
      }
      assertThat(engineLogin(user, "wrong-guess-" + attempt)).isEqualTo(401);
    }
  }

  private int engineLogin(String user, String password) {
    return RawClient.as(port, user, password).get("/engine-rest/task/count").statusCode();
  }

  private int apiLogin(String user, String password) {
    return RawClient.as(port, user, password).get("/api/cycles").statusCode();
  }
}
