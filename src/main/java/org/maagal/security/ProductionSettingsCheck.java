package org.maagal.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code production} profile with the demo's settings: no admin password from
 * the environment, a demo password or one the password policy refuses (shorter than its minimum, a common one, one
 * with the admin's id or name in it: said here, where the engine would only stop with "Password does not match
 * policy"), the demo profile beside it, or an initial password for people.
 * Runs before any bean, so nothing is written with a weak password.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor {

  static final String PRODUCTION = "production";
  private static final Set<String> DEMO_PASSWORDS = Set.of("admin", "demo", "password", "camunda",
      DemoPasswords.PEOPLE, DemoPasswords.ADMIN);

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    var profiles = Arrays.asList(environment.getActiveProfiles());
    if (!profiles.contains(PRODUCTION)) {
      return;
    }
    var problems = new ArrayList<String>();
    if (profiles.contains("demo")) {
      problems.add("the demo profile is active beside production");
    }
    String adminPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
    if (adminPassword.isBlank()) {
      problems.add("MAAGAL_ADMIN_PASSWORD is not set");
    } else if (DEMO_PASSWORDS.contains(adminPassword.toLowerCase())) {
      problems.add("MAAGAL_ADMIN_PASSWORD is a demo password");
    } else if (adminPassword.codePointCount(0, adminPassword.length()) < minLength(environment)) {
      problems.add("MAAGAL_ADMIN_PASSWORD is shorter than " + minLength(environment) + " characters");
    } else if (!new MaagalPasswordPolicy.NotACommonPassword().execute(adminPassword)) {
      problems.add("MAAGAL_ADMIN_PASSWORD is a common password");
    } else if (!new MaagalPasswordPolicy.NoPersonalData().execute(adminPassword, admin(environment))) {
      problems.add("MAAGAL_ADMIN_PASSWORD contains the admin's user id, name or e-mail ("
          + environment.getProperty("camunda.bpm.admin-user.id", "admin") + ")");
    }
    if (!environment.getProperty("maagal.organization.initial-password", "").isBlank()) {
      problems.add("maagal.organization.initial-password is set; production people get no shared password");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("The production profile refuses to start: " + String.join("; ", problems));
    }
  }

  /** The admin as the engine will create them, for the policy's check of personal data. */
  private static User admin(ConfigurableEnvironment environment) {
    var admin = new UserEntity(environment.getProperty("camunda.bpm.admin-user.id", "admin"));
    admin.setFirstName(environment.getProperty("camunda.bpm.admin-user.first-name"));
    admin.setLastName(environment.getProperty("camunda.bpm.admin-user.last-name"));
    admin.setEmail(environment.getProperty("camunda.bpm.admin-user.email"));
    return admin;
  }

  private static int minLength(ConfigurableEnvironment environment) {
    return environment.getProperty("maagal.passwords.min-length", Integer.class, PasswordProperties.DEFAULT_MIN_LENGTH);
  }
}
