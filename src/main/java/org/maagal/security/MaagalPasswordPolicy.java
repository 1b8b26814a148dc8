package org.maagal.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * What a new password must be, checked by the engine whenever a password is set (Admin, the REST API, the
 * organisation's start-up): long enough, free of the person's own name, id and e-mail, and not one of the passwords
 * every guesser tries first. Length over character classes, as NIST SP 800-63B advises. The placeholders are the
 * ones Admin shows, in Hebrew from its {@code he.json}.
 */
final class MaagalPasswordPolicy implements PasswordPolicy {

  /** A Hebrew sentence for the API and the log, beside the engine's "Password does not match policy". */
  static String describe(int minLength) {
    return "הסיסמה אינה עומדת במדיניות הסיסמאות: לפחות " + minLength
        + " תווים, בלי שם המשתמש, השם הפרטי, שם המשפחה או כתובת הדואר, ולא סיסמה נפוצה.";
  }

  private final List<PasswordPolicyRule> rules;

  MaagalPasswordPolicy(int minLength) {
    this.rules = List.of(new MinimumLength(minLength), new NoPersonalData(), new NotACommonPassword());
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** At least so many characters (code points: a Hebrew letter is one). */
  record MinimumLength(int minLength) implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_LENGTH";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of("minLength", String.valueOf(minLength));
    }

    @Override
    public boolean execute(String password) {
      return password != null && password.codePointCount(0, password.length()) >= minLength;
    }
  }

  /** Not containing the user's id, first or last name, or the part of the e-mail before the @ (any case). */
  static final class NoPersonalData implements PasswordPolicyRule {

    private static final int SHORTEST_NAME_CHECKED = 3;

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_USER_DATA";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      return password != null;
    }

    @Override
    public boolean execute(String password, User user) {
      if (password == null) {
        return false;
      }
      if (user == null) {
        return true;
      }
      String email = user.getEmail() == null ? null : user.getEmail().split("@", 2)[0];
      String lower = password.toLowerCase(Locale.ROOT);
      return Stream.of(user.getId(), user.getFirstName(), user.getLastName(), email)
          .filter(part -> part != null && part.strip().length() >= SHORTEST_NAME_CHECKED)
          .noneMatch(part -> lower.contains(part.strip().toLowerCase(Locale.ROOT)));
    }
  }

  /** Not one of the long passwords that lists of leaked passwords start with, nor one character repeated. */
  static final class NotACommonPassword implements PasswordPolicyRule {

    private static final Set<String> COMMON = Set.of("123456789012", "1234567890123", "12345678901234",
        "123456789123", "111111111111", "000000000000", "password1234", "password12345", "password123456",
        "passwordpassword", "qwertyuiop12", "qwertyuiop123", "qwertyuiopasdf", "1q2w3e4r5t6y", "1qaz2wsx3edc",
        "administrator", "changeme1234", "welcome12345", "iloveyou1234", "abcdefghijkl", "abc123abc123",
        "letmein12345", "trustno1trustno1", "football1234", "baseball1234", "camunda12345", "camundacamunda",
        "demodemodemo", "maagalmaagal", "q1w2e3r4t5y6", "zaq12wsxcde3");

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_COMMON";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      if (password == null || password.isEmpty()) {
        return false;
      }
      String lower = password.toLowerCase(Locale.ROOT);
      return !COMMON.contains(lower) && lower.chars().distinct().count() > 1;
    }
  }
}
