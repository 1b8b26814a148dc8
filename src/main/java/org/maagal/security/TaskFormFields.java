package org.maagal.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The variables a task's deployed Camunda Form submits: every component with a {@code key} (or a group's or
 * list's {@code path}), by the variable it writes (the key's first segment). A field that is plainly read-only
 * ({@code readonly} or {@code disabled} true) is shown, not answered: it is kept apart.
 */
record TaskFormFields(Set<String> answered, Set<String> shown) {

  static final TaskFormFields NONE = new TaskFormFields(Set.of(), Set.of());

  static TaskFormFields of(InputStream form, ObjectMapper json) throws IOException {
    var answered = new LinkedHashSet<String>();
    var shown = new LinkedHashSet<String>();
    collect(json.readTree(form), answered, shown);
    shown.removeAll(answered);
    return new TaskFormFields(Set.copyOf(answered), Set.copyOf(shown));
  }

  private static void collect(JsonNode component, Set<String> answered, Set<String> shown) {
    String name = component.path("key").asText(component.path("path").asText(""));
    if (!name.isBlank() && component.has("type")) {
      String variable = name.split("\\.", 2)[0].strip();
      boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      (readOnly ? shown : answered).add(variable);
    }
    for (JsonNode child : component.path("components")) {
      collect(child, answered, shown);
    }
  }

  boolean contains(String variable) {
    return answered.contains(variable) || shown.contains(variable);
  }
}
