package org.maagal.facts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one process instance or task is about, as recorded. A fact the caller needs and that was never
 * recorded is a fault of the process model, not of the user: it fails loudly rather than guessing.
 */
public final class Facts {

  private final String about;
  private final Map<Fact, String> values;

  Facts(String about, Map<Fact, String> values) {
    this.about = about;
    this.values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
  }

  public Optional<String> find(Fact fact) {
    return Optional.ofNullable(values.get(fact));
  }

  public String text(Fact fact) {
    return find(fact).orElseThrow(() -> new IllegalStateException("No " + fact.variable() + " was recorded for " + about));
  }

  public long number(Fact fact) {
    return Long.parseLong(text(fact));
  }

  public boolean has(Fact fact) {
    return values.containsKey(fact);
  }

  public int year() {
    return (int) number(Fact.YEAR);
  }

  public String departmentId() {
    return text(Fact.DEPARTMENT_ID);
  }

  public String teamId() {
    return text(Fact.TEAM_ID);
  }

  @Override
  public String toString() {
    return about + " " + values;
  }
}
