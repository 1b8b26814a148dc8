package org.maagal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How logins are guarded ({@code maagal.login}).
 *
 * @param lockDuration       how long an account stays locked after {@code loginMaxAttempts} wrong passwords in a row
 *                           (the engine's setting); then it opens by itself, and each further wrong password locks it
 *                           for as long again, until a right one
 * @param verificationCache  how long a right user name and password is remembered, so that a script's HTTP Basic
 *                           requests do not each pay for the slow hash; zero turns it off
 * @param resetAdmin         break-glass: at start-up, unlock the configured admin ({@code camunda.bpm.admin-user}),
 *                           set its password to {@code MAAGAL_ADMIN_PASSWORD} and put it back in {@code camunda-admin}
 *                           ({@code MAAGAL_RESET_ADMIN=true}; off unless set)
 */
@ConfigurationProperties("maagal.login")
record LoginProperties(Duration lockDuration, Duration verificationCache, boolean resetAdmin) {

  LoginProperties {
    lockDuration = lockDuration == null ? Duration.ofMinutes(15) : lockDuration;
    verificationCache = verificationCache == null ? Duration.ofMinutes(5) : verificationCache;
  }
}
