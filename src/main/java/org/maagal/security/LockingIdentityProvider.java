package org.maagal.security;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.maagal.clock.ApplicationClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's own user store, with four changes to how a password is checked:
 * <ul>
 *   <li>A lock ends by itself. The engine locks an account for good after {@code loginMaxAttempts} wrong passwords
 *       in a row, so anyone who knows a user name, the admin's included, could lock it until an admin unlocks it.
 *       Here that lock lasts {@code maagal.login.lock-duration}; after it, each further wrong password locks the
 *       account for as long again, until a right one. The shorter waits before it are the engine's.</li>
 *   <li>A right password checked a moment ago is not checked against the slow hash, or the directory, again
 *       ({@link VerifiedPasswords}).</li>
 *   <li>A user with no password of the engine's, one read from the municipality's directory, is checked by the
 *       directory ({@link PasswordDirectory}).</li>
 *   <li>A right password whose stored hash is an older one (the engine's SHA-512) is hashed again with bcrypt, in a
 *       transaction of its own after the login's, so that two logins at once cannot fail each other.</li>
 * </ul>
 * Time is the application's clock, the engine's.
 */
class LockingIdentityProvider extends DbIdentityServiceProvider {

  private static final Logger log = LoggerFactory.getLogger(LockingIdentityProvider.class);

  /** In place of a stored hash, for a password the directory checks. */
  private static final String FROM_DIRECTORY = "directory";

  private final Duration lockDuration;
  private final VerifiedPasswords verified;
  private final ApplicationClock clock;
  private final PasswordDirectory directory;

  /** @param directory the municipality's directory, or null when the engine's own store keeps every password */
  LockingIdentityProvider(Duration lockDuration, VerifiedPasswords verified, ApplicationClock clock,
      PasswordDirectory directory) {
    this.lockDuration = lockDuration;
    this.verified = verified;
    this.clock = clock;
    this.directory = directory;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    boolean right = super.checkPassword(userId, password);
    if (right) {
      UserEntity user = findUserById(userId);
      if (user.getPassword() != null && !BcryptPasswordEncryptor.isCurrent(user.getPassword())) {
        rehashAfterCommit(userId, password);
      }
    }
    return right;
  }

  @Override
  protected boolean isUserLocked(UserEntity user) {
    Date until = user.getLockExpirationTime();
    return until != null && until.after(clock.now());
  }

  @Override
  protected void lockUser(UserEntity user) {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    int attempts = user.getAttempts() + 1;
    Duration wait;
    if (attempts >= configuration.getLoginMaxAttempts()) {
      wait = lockDuration;
      log.warn("User {} is locked until {} after {} wrong passwords in a row", user.getId(),
          clock.instant().plus(wait), attempts);
    } else {
      long seconds = (long) (configuration.getLoginDelayBase()
          * Math.pow(configuration.getLoginDelayFactor(), attempts - 1d));
      wait = Duration.ofSeconds(Math.min(seconds, configuration.getLoginDelayMaxTime()));
    }
    getIdentityInfoManager().updateUserLock(user, attempts, Date.from(clock.instant().plus(wait)));
  }

  /**
   * A user with a password of the engine's is checked against it; one without (a person of the directory's) by the
   * directory, when there is one. A password found right a moment ago is right.
   */
  @Override
  protected boolean matchPassword(String password, UserEntity user) {
    String stored = user.getPassword() == null ? FROM_DIRECTORY : user.getPassword();
    if (verified.contains(user.getId(), stored, password)) {
      return true;
    }
    boolean right;
    if (user.getPassword() != null) {
      right = super.matchPassword(password, user);
    } else {
      right = directory != null && directory.accepts(user.getId(), password);
    }
    if (right) {
      verified.add(user.getId(), stored, password);
    }
    return right;
  }

  private void rehashAfterCommit(String userId, String password) {
    var configuration = Context.getProcessEngineConfiguration();
    Context.getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
        committed -> {
          try {
            configuration.getCommandExecutorTxRequiresNew().execute(new RehashPassword(userId, password));
          } catch (OptimisticLockingException anotherLoginDidIt) {
            log.debug("The password of {} was rehashed by another login at the same time", userId);
          } catch (RuntimeException failed) {
            log.warn("Could not rehash the password of {} with bcrypt; it stays as it was", userId, failed);
          }
        });
  }
}
