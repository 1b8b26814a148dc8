package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.maagal.facts.Fact;
import org.springframework.mock.web.MockHttpServletRequest;

class CompletionGuardTest {

  private final ObjectMapper json = new ObjectMapper();
  private final CompletionGuard guard = new CompletionGuard(null, null, null, null, json, "default");

  @Test
  void aCompletionIsRecognisedHoweverItsPathIsWritten() {
    for (String path : new String[] {"/engine-rest/task/42/complete", "/engine-rest/task/42/complete/",
        "/engine-rest//task//42/complete", "/engine-rest/task/42;jsessionid=x/complete",
        "/engine-rest/task/42/%63omplete", "/engine-rest/engine/default/task/42/complete",
        "/camunda/api/engine/engine/default/task/42/complete"}) {
      var request = new MockHttpServletRequest("POST", path);
      assertThat(guard.engineResource(request)).as(path).hasValue("/task/42/complete");
    }
  }

  @Test
  void pathsOutsideTheEnginesApiAreNotItsConcern() {
    assertThat(guard.engineResource(new MockHttpServletRequest("POST", "/api/cycles"))).isEmpty();
    assertThat(guard.engineResource(new MockHttpServletRequest("POST",
        "/camunda/api/admin/auth/user/default/login/tasklist"))).isEmpty();
  }

  @Test
  void aFormsFieldsAreItsAnswersAndWhatItOnlyShows() throws IOException {
    try (InputStream form = Files.newInputStream(Path.of("forms/escalation.form"))) {
      var fields = TaskFormFields.of(form, json);

      assertThat(fields.answered()).containsExactlyInAnyOrder("action", "extendDays", "newAssignee", "reason");
      assertThat(fields.shown()).containsExactlyInAnyOrder("lateTaskName", "lateTaskDue", "lateBusinessDays");
    }
  }

  /** A routing variable that a form let people answer would be user input again. */
  @Test
  void noFormAnswersWhoOrWhatItsTaskIsAbout() throws IOException {
    var facts = Arrays.stream(Fact.values()).map(Fact::variable).toList();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path path : forms.filter(file -> file.toString().endsWith(".form")).toList()) {
        try (InputStream form = Files.newInputStream(path)) {
          assertThat(TaskFormFields.of(form, json).answered()).as(path.toString()).doesNotContainAnyElementsOf(facts);
        }
      }
    }
  }
}
