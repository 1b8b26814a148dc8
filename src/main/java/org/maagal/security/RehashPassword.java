package org.maagal.security;

import static org.camunda.bpm.engine.impl.util.EncryptionUtil.saltPassword;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hashes a user's password again with the engine's current encryptor (bcrypt), right after a login proved it: only if
 * the stored hash is still an older one and still matches, so a password changed in between is left alone. The user
 * row is written with its revision checked, as any change of a user. Not a record: its text must never show the
 * password.
 */
final class RehashPassword implements Command<Void> {

  private static final Logger log = LoggerFactory.getLogger(RehashPassword.class);

  private final String userId;
  private final String password;

  RehashPassword(String userId, String password) {
    this.userId = userId;
    this.password = password;
  }

  @Override
  public Void execute(CommandContext context) {
    UserEntity user = context.getDbEntityManager().selectById(UserEntity.class, userId);
    if (user == null || BcryptPasswordEncryptor.isCurrent(user.getPassword()) || !context.getProcessEngineConfiguration()
        .getPasswordManager().check(saltPassword(password, user.getSalt()), user.getPassword())) {
      return null;
    }
    user.setPassword(password);
    user.encryptPassword();
    log.info("The password of {} is now hashed with bcrypt", userId);
    return null;
  }
}
