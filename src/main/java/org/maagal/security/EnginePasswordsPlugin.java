package org.maagal.security;

import java.util.Optional;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.maagal.clock.ApplicationClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the engine keeps and checks passwords: bcrypt for every new hash (the older SHA-512 ones still check and are
 * rehashed at the next login), the password policy on every password set, and logins through
 * {@link LockingIdentityProvider}, whose lock ends by itself, against the municipality's directory when it has one.
 */
@Component
@EnableConfigurationProperties({LoginProperties.class, PasswordProperties.class})
class EnginePasswordsPlugin extends AbstractProcessEnginePlugin {

  private final LoginProperties login;
  private final PasswordProperties passwords;
  private final ApplicationClock clock;
  private final VerifiedPasswords verified;
  private final ObjectProvider<PasswordDirectory> directory;
  /** Looked up at the first identity session, when every bean exists; then kept (the lookup would cost each time). */
  private volatile Optional<PasswordDirectory> directoryFound;

  EnginePasswordsPlugin(LoginProperties login, PasswordProperties passwords, ApplicationClock clock,
      ObjectProvider<PasswordDirectory> directory) {
    this.directory = directory;
    this.login = login;
    this.passwords = passwords;
    this.clock = clock;
    this.verified = new VerifiedPasswords(login.verificationCache(), clock);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(passwords.hashCost()));
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new MaagalPasswordPolicy(passwords.minLength()));
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return LockingIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new LockingIdentityProvider(login.lockDuration(), verified, clock, directory());
      }
    });
  }

  private PasswordDirectory directory() {
    var found = directoryFound;
    if (found == null) {
      found = Optional.ofNullable(directory.getIfAvailable());
      directoryFound = found;
    }
    return found.orElse(null);
  }
}
