package org.maagal.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task's Camunda Form submitted, read the way Tasklist sends it: numbers may arrive as
 * Long, Double or text, an empty field as null or "". A listener that stores the answers in JPA
 * reads them here and refuses them with {@link #refuse}; the completion then rolls back and nothing
 * is stored. The engine wraps a listener's exception in a server error; the web filter that guards
 * the engine's API finds these refusals by their opening words and answers 400 (or 403) with the
 * Hebrew reason, which Tasklist shows.
 */
public final class FormValues {

  /** How a refused form's message starts; the engine wraps it, our web filter finds it and answers 400. */
  public static final String REFUSED = "הטופס לא נשמר: ";
  /** How a refusal for lack of right starts; answered 403. */
  public static final String FORBIDDEN = "אין לך הרשאה לפעולה זו: ";
  /** A date as people in Israel write it: day, month, year. */
  private static final DateTimeFormatter ISRAELI_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
      .withResolverStyle(ResolverStyle.STRICT);

  private final DelegateTask task;

  private FormValues(DelegateTask task) {
    this.task = task;
  }

  public static FormValues of(DelegateTask task) {
    return new FormValues(task);
  }

  /** Who completes the task: the logged-in user, else (from the Java API) its assignee. */
  public String actor() {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "unknown";
  }

  /** The text, stripped; null when empty. */
  public String text(String name) {
    Object value = task.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  public boolean flag(String name) {
    Object value = task.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public Integer integer(String name) {
    BigDecimal number = decimal(name);
    try {
      return number == null ? null : number.intValueExact();
    } catch (ArithmeticException notWhole) {
      throw refuse(List.of("השדה " + name + " חייב להיות מספר שלם"));
    }
  }

  public BigDecimal decimal(String name) {
    String text = text(name);
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      throw refuse(List.of("השדה " + name + " חייב להיות מספר"));
    }
  }

  /** A date as people in Israel write it (31/10/2027, 1/9/2027), or as ISO (2027-10-31); null when empty. */
  public LocalDate date(String name) {
    String text = text(name);
    if (text == null) {
      return null;
    }
    try {
      return text.contains("/") ? LocalDate.parse(text, ISRAELI_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      throw refuse(List.of("השדה " + name + " חייב להיות תאריך בצורה יום/חודש/שנה, למשל 31/10/2027"));
    }
  }

  /**
   * Defence in depth behind the engine's candidate groups: whoever completes the task as a logged-in user
   * writes on behalf of this group (a department, a team, a committee, a role) and must belong to it, or be an
   * admin. The application's own calls, with no one logged in, pass.
   */
  public void requireCallerIn(String groupId) {
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      return;
    }
    var groups = authentication.getGroupIds() == null ? List.<String>of() : authentication.getGroupIds();
    if (!groups.contains(groupId) && !groups.contains(Groups.CAMUNDA_ADMIN)) {
      throw forbid("המשימה שייכת ל-" + groupId + " ו-" + authentication.getUserId() + " אינו/ה חבר/ה בה");
    }
  }

  /** The form's answers cannot be stored: the reasons, in Hebrew, as the engine's 400. */
  public static BadUserRequestException refuse(List<String> problems) {
    return new BadUserRequestException(REFUSED + String.join("; ", problems));
  }

  /** The user may not do this, whatever the engine's authorizations say; answered 403. */
  public static AuthorizationException forbid(String reason) {
    return new AuthorizationException(FORBIDDEN + reason);
  }
}
