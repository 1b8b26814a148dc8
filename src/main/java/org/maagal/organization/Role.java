package org.maagal.organization;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Organisation-wide roles; each is an engine group that people join through the organisation file,
 * where a role is written as its group id ({@code roles: [strategy-unit]}).
 */
public enum Role {
  STRATEGY_UNIT("strategy-unit", "היחידה לתכנון אסטרטגי"),
  FINANCE("finance", "גזברות"),
  CEO("ceo", "מנכ\"ל"),
  MAYOR("mayor", "ראש העיר"),
  /** The research and city-knowledge desk: city data and surveys for the situation assessment. */
  RESEARCH("research", "מחקר וידע עירוני"),
  ADMIN("camunda-admin", "מנהלי מערכת");

  private final String groupId;
  private final String hebrewName;

  Role(String groupId, String hebrewName) {
    this.groupId = groupId;
    this.hebrewName = hebrewName;
  }

  /** Those who read every department's work: the strategy unit, the CEO, the mayor and the admins. */
  public static boolean seesEverything(Collection<String> groupIds) {
    return Stream.of(STRATEGY_UNIT, CEO, MAYOR, ADMIN).map(Role::groupId).anyMatch(groupIds::contains);
  }

  @JsonValue
  public String groupId() {
    return groupId;
  }

  String hebrewName() {
    return hebrewName;
  }
}
