package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.security.RawClient.assertProblem;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Passwords are kept with bcrypt, an older SHA-512 hash still logs in and is rehashed at that login, and a new
 * password must pass the policy (12 characters, none of the person's own data, not a common one), refused in Hebrew.
 */
@MaagalIntegrationTest
class PasswordsIntegrationTest {

  static final String ADMIN_PASSWORD = "city-hall-keys";
  static final String REFUSAL = MaagalPasswordPolicy.describe(12);

  @LocalServerPort
  int port;
  @Autowired
  IdentityService identity;
  @Autowired
  ProcessEngine engine;
  @Autowired
  PasswordProperties passwords;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aNewPasswordIsKeptWithBcryptAndLogsIn() {
    var created = admin().json("POST", "/engine-rest/user/create", newUser("hash-test-new", "green-olive-trees-7"));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    // at the configured cost: 10 in production (application.yaml), 4 in the tests (application-test.yaml)
    assertThat(storedHash("hash-test-new")).startsWith("{BCRYPT-SHA256}$2a$%02d$".formatted(passwords.hashCost()));
    assertThat(login("hash-test-new", "green-olive-trees-7")).isEqualTo(200);
    assertThat(login("hash-test-new", "green-olive-trees-8")).isEqualTo(401);
  }

  @Test
  void productionHashesAtCostTen() {
    var yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
    yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yaml"));
    assertThat(yaml.getObject()).containsEntry("maagal.passwords.hash-cost", 10);
  }

  @Test
  void aPasswordTheEngineHashedWithSha512LogsInAndIsRehashedWithBcrypt() {
    createUser("hash-test-legacy", "an-old-sha512-password");
    keepWithSha512("hash-test-legacy", "an-old-sha512-password");
    assertThat(storedHash("hash-test-legacy")).startsWith("{SHA-512}");

    assertThat(login("hash-test-legacy", "an-old-sha512-password")).isEqualTo(200);

    assertThat(storedHash("hash-test-legacy")).startsWith("{BCRYPT-SHA256}");
    assertThat(login("hash-test-legacy", "an-old-sha512-password")).isEqualTo(200);
    assertThat(login("hash-test-legacy", "another-password-here")).isEqualTo(401);
  }

  @Test
  void aPasswordThatFailsThePolicyIsRefusedInHebrewAndNothingIsStored() {
    for (String weak : new String[] {"short-1", "hash-test-weak-1", "Password1234", "aaaaaaaaaaaaaaa",
        "my name is Weakling ok"}) {
      var created = admin().json("POST", "/engine-rest/user/create", newUser("hash-test-weak", weak));
      assertProblem(created, 400);
      assertThat(created.body()).as(weak).contains(REFUSAL);
      assertThat(identity.createUserQuery().userId("hash-test-weak").count()).as(weak).isZero();
    }
  }

  @Test
  void aDepartmentManagerCannotSetAWeakPasswordOfTheirOwn() {
    var manager = RawClient.as(port, "daniel-oz", "ein-karmit-demo");

    var changed = manager.json("PUT", "/engine-rest/user/daniel-oz/credentials",
        "{\"password\": \"daniel-1\", \"authenticatedUserPassword\": \"ein-karmit-demo\"}");

    assertProblem(changed, 400);
    assertThat(changed.body()).contains(REFUSAL);
    assertThat(login("daniel-oz", "ein-karmit-demo")).isEqualTo(200);
  }

  @Test
  void adminIsToldThePolicyWithThePlaceholdersItTranslates() throws Exception {
    var policy = admin().get("/engine-rest/identity/password-policy");

    assertThat(policy.statusCode()).isEqualTo(200);
    var rules = json.readTree(policy.body()).get("rules");
    assertThat(rules.findValuesAsText("placeholder"))
        .containsExactly("PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_USER_DATA", "PASSWORD_POLICY_COMMON");
    assertThat(rules.get(0).get("parameter").get("minLength").asText()).isEqualTo("12");
  }

  private RawClient admin() {
    return RawClient.as(port, "admin", ADMIN_PASSWORD);
  }

  private int login(String user, String password) {
    return RawClient.as(port, user, password).get("/engine-rest/task/count").statusCode();
  }

  private static String newUser(String id, String password) {
    return "{\"profile\": {\"id\": \"" + id + "\", \"firstName\": \"Weakling\", \"lastName\": \"Tester\", "
        + "\"email\": \"" + id + "@maagal.invalid\"}, \"credentials\": {\"password\": \"" + password + "\"}}";
  }

  private void createUser(String id, String password) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      var user = identity.newUser(id);
      user.setPassword(password);
      identity.saveUser(user);
    }
  }

  private String storedHash(String userId) {
    return ((UserEntity) identity.createUserQuery().userId(userId).singleResult()).getPassword();
  }

  /** The user's row as the engine wrote it before Maagal chose bcrypt: salted SHA-512. */
  private void keepWithSha512(String userId, String password) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      var user = context.getDbEntityManager().selectById(UserEntity.class, userId);
      String salt = configuration.getSaltGenerator().generateSalt();
      user.setSalt(salt);
      user.setDbPassword("{SHA-512}" + new Sha512HashDigest().encrypt(password + salt));
      return null;
    });
  }
}
