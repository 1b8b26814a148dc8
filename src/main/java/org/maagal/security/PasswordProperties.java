package org.maagal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How passwords are kept and what a new one must be ({@code maagal.passwords}).
 *
 * @param minLength the fewest characters of a new password
 * @param hashCost  bcrypt's cost (log2 of its rounds): each step doubles the time of one login's check
 */
@ConfigurationProperties("maagal.passwords")
record PasswordProperties(int minLength, int hashCost) {

  static final int DEFAULT_MIN_LENGTH = 12;

  PasswordProperties {
    minLength = minLength == 0 ? DEFAULT_MIN_LENGTH : minLength;
    hashCost = hashCost == 0 ? 10 : hashCost;
  }
}
