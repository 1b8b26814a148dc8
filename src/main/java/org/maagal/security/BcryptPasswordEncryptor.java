package org.maagal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The engine's password hash: bcrypt (Spring Security's), slow on purpose, so that a stolen user table costs an
 * attacker years where the engine's default salted SHA-512 costs hours. bcrypt reads at most 72 bytes, and the engine
 * hands it the password with its own salt appended, so bcrypt gets the SHA-256 of that, in Base64 (44 bytes): a long
 * Hebrew password counts to its last letter. Stored as {@code {BCRYPT-SHA256}$2a$10$...}; the cost is in the hash, so
 * raising it later still checks the old ones. The engine keeps checking its older SHA-512 and SHA-1 hashes.
 */
final class BcryptPasswordEncryptor implements PasswordEncryptor {

  static final String NAME = "BCRYPT-SHA256";

  private final BCryptPasswordEncoder bcrypt;

  BcryptPasswordEncryptor(int cost) {
    this.bcrypt = new BCryptPasswordEncoder(cost);
  }

  @Override
  public String encrypt(String password) {
    return bcrypt.encode(digest(password));
  }

  @Override
  public boolean check(String password, String encrypted) {
    return encrypted != null && bcrypt.matches(digest(password), encrypted);
  }

  @Override
  public String hashAlgorithmName() {
    return NAME;
  }

  /** Whether a stored password (with its prefix) is hashed the way new ones are. */
  static boolean isCurrent(String stored) {
    return stored != null && stored.startsWith("{" + NAME + "}");
  }

  private static String digest(String password) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every Java runtime has SHA-256", impossible);
    }
  }
}
