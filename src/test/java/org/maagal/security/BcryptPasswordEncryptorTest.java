package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.Test;

/** bcrypt as the engine's password hash, beside the engine's older SHA-512 hashes. */
class BcryptPasswordEncryptorTest {

  private final BcryptPasswordEncryptor bcrypt = new BcryptPasswordEncryptor(4);
  private final PasswordManager passwords = new PasswordManager(bcrypt, List.of());

  @Test
  void aNewHashIsBcryptWithItsOwnSaltAndChecksOnlyTheRightPassword() {
    String first = passwords.encrypt("green-olive-trees" + "engine-salt");
    String second = passwords.encrypt("green-olive-trees" + "engine-salt");

    assertThat(first).startsWith("{BCRYPT-SHA256}$2a$04$").isNotEqualTo(second);
    assertThat(passwords.check("green-olive-trees" + "engine-salt", first)).isTrue();
    assertThat(passwords.check("green-olive-treez" + "engine-salt", first)).isFalse();
    assertThat(BcryptPasswordEncryptor.isCurrent(first)).isTrue();
  }

  @Test
  void aLongHebrewPasswordCountsToItsLastLetter() {
    String longHebrew = "סיסמה ארוכה מאוד בעברית שכתובה במלואה ועוברת את שבעים ושניים הבתים של ";
    assertThat(longHebrew.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);

    String hash = passwords.encrypt(longHebrew + "א");

    assertThat(passwords.check(longHebrew + "א", hash)).isTrue();
    assertThat(passwords.check(longHebrew + "ב", hash)).isFalse();
  }

  @Test
  void theEnginesSha512HashesStillCheckAndAreNotCurrent() {
    String old = "{SHA-512}" + new Sha512HashDigest().encrypt("an-old-password" + "salt");

    assertThat(passwords.check("an-old-password" + "salt", old)).isTrue();
    assertThat(passwords.check("another-password" + "salt", old)).isFalse();
    assertThat(BcryptPasswordEncryptor.isCurrent(old)).isFalse();
  }
}
