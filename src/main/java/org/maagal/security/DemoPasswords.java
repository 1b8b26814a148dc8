package org.maagal.security;

/**
 * The demo's passwords (application-demo.yaml, README "Demo accounts"): long enough for the password policy, and
 * never accepted by the production profile.
 */
final class DemoPasswords {

  static final String PEOPLE = "ein-karmit-demo";
  static final String ADMIN = "city-hall-keys";

  private DemoPasswords() {
  }
}
