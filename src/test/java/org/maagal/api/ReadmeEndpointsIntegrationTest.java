package org.maagal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.maagal.Docs;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The documents name only endpoints that exist: every {@code /api/...} path that the README, SECURITY.md or
 * a page under docs/ mentions is in the OpenAPI description, and where they say the method
 * ({@code PUT /api/...}, or a curl command with a body) the path has that operation. The packages, classes,
 * files and links they name are {@link org.maagal.DocsClaimsTest}'s, which needs no running application.
 */
@MaagalIntegrationTest
class ReadmeEndpointsIntegrationTest {

  /** An /api path as the documents write it, but not the tail of another path such as /camunda/api/. */
  static final Pattern API_PATH = Pattern.compile("(?<![A-Za-z_/-])/api/[A-Za-z0-9_.{}-]+(?:/[A-Za-z0-9_.{}-]+)*");
  /** A method written just before the path, e.g. "`PUT /api/..." or "GET|PUT /api/...". */
  static final Pattern METHODS_BEFORE = Pattern.compile(
      "(?<![A-Za-z])((?:GET|POST|PUT|PATCH|DELETE)(?:\\|(?:GET|POST|PUT|PATCH|DELETE))*)\\s+`?$");
  static final Pattern CURL_METHOD = Pattern.compile("(?:-X|--request)\\s+([A-Z]+)");
  static final Pattern CURL_BODY = Pattern.compile("\\s(?:-d|--data[\\w-]*|-F|--form)\\s");

  @Autowired
  TestRestTemplate rest;

  @Test
  void everyApiEndpointTheDocumentsNameExists() throws IOException {
    var description = rest.withBasicAuth("noa-barak", "ein-karmit-demo").getForEntity("/v3/api-docs", JsonNode.class).getBody();
    assertThat(description).isNotNull();
    Map<String, Set<String>> operations = new HashMap<>();
    description.get("paths").fields().forEachRemaining(path -> {
      var methods = operations.computeIfAbsent(template(path.getKey()), key -> new TreeSet<>());
      path.getValue().fieldNames().forEachRemaining(method -> methods.add(method.toUpperCase(Locale.ROOT)));
    });

    var documents = Docs.markdownFiles();
    assertThat(documents).contains(Path.of("README.md"), Path.of("docs", "architecture.md"), Path.of("docs", "walkthrough.md"));
    assertThat(mentionsIn(Path.of("docs", "walkthrough.md"))).as("/api paths named in the walkthrough").isNotEmpty();
    var missing = new ArrayList<String>();
    for (Path document : documents) {
      for (Mention mention : mentionsIn(document)) {
        var known = operations.get(mention.template());
        if (known == null) {
          known = operations.entrySet().stream().filter(operation -> fits(mention.template(), operation.getKey()))
              .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (known == null) {
          missing.add(mention + ": no such path");
        } else if (mention.method().isPresent() && !known.containsAll(mention.method().get())) {
          missing.add(mention + ": the path answers only " + known);
        }
      }
    }

    assertThat(missing).as("endpoints the documents name but the API lacks (the API has %s)",
        new TreeSet<>(operations.keySet())).isEmpty();
  }

  @Test
  void templatesIgnoreHowAPathVariableIsWritten() {
    assertThat(template("/api/cycles/2027/assessments/{department}"))
        .isEqualTo(template("/api/cycles/{year}/assessments/{departmentId}"))
        .isEqualTo("/api/cycles/{}/assessments/{}");
    assertThat(template("/api/cycles/2027/goals/export.xlsx")).isEqualTo("/api/cycles/{}/goals/export.xlsx");
  }

  @Test
  void aValueWrittenWhereTheApiHasAVariableFitsButAnotherFixedSegmentDoesNot() {
    assertThat(fits(template("/api/cycles/2027/work-plans/youth/activities"), "/api/cycles/{}/work-plans/{}/activities"))
        .isTrue();
    assertThat(fits(template("/api/cycles/2027/work-plan/youth/activities"), "/api/cycles/{}/work-plans/{}/activities"))
        .isFalse();
  }

  @Test
  void readsTheMethodFromTheTextOrTheCurlCommand() {
    assertThat(methodsOf("the calendar at `GET|PUT ", "the calendar at `GET|PUT /api/x`"))
        .contains(Set.of("GET", "PUT"));
    assertThat(methodsOf("curl -u a:b -d '{}' http://localhost:8080",
        "curl -u a:b -d '{}' http://localhost:8080/api/cycles")).contains(Set.of("POST"));
    assertThat(methodsOf("curl -u a:b -o tree.xlsx http://localhost:8080",
        "curl -u a:b -o tree.xlsx http://localhost:8080/api/x")).contains(Set.of("GET"));
    assertThat(methodsOf("Read it back: ", "Read it back: /api/x")).isEmpty();
  }

  /** Every /api path of the document, with the line it is on and the method the text gives it. */
  static List<Mention> mentionsIn(Path document) throws IOException {
    var mentions = new LinkedHashSet<Mention>();
    var lines = Files.readAllLines(document, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher path = API_PATH.matcher(line);
      while (path.find()) {
        String written = path.group().replaceAll("[./]+$", "");
        var method = methodsOf(line.substring(0, path.start()), line);
        mentions.add(new Mention(document + ":" + (i + 1), written, template(written), method));
      }
    }
    return List.copyOf(mentions);
  }

  /** The methods the text says: written before the path, or those of the curl command on the line. */
  static Optional<Set<String>> methodsOf(String before, String line) {
    Matcher written = METHODS_BEFORE.matcher(before);
    if (written.find()) {
      return Optional.of(Set.of(written.group(1).split("\\|")));
    }
    if (line.stripLeading().startsWith("curl ")) {
      Matcher explicit = CURL_METHOD.matcher(line);
      if (explicit.find()) {
        return Optional.of(Set.of(explicit.group(1)));
      }
      return Optional.of(Set.of(CURL_BODY.matcher(line).find() ? "POST" : "GET"));
    }
    return Optional.empty();
  }

  /** The path with every variable segment, written as {name} or as a value such as 2027, made {}. */
  static String template(String path) {
    var segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].matches("\\{[^}]*}|\\d+")) {
        segments[i] = "{}";
      }
    }
    return String.join("/", segments);
  }

  /**
   * Whether a path written with a value where the API has a variable, such as a department id
   * (/api/cycles/2027/work-plans/youth), fits the API's path: every fixed segment equal, the rest variables.
   */
  static boolean fits(String written, String api) {
    var writtenSegments = written.split("/", -1);
    var apiSegments = api.split("/", -1);
    if (writtenSegments.length != apiSegments.length) {
      return false;
    }
    for (int i = 0; i < apiSegments.length; i++) {
      if (!apiSegments[i].equals("{}") && !apiSegments[i].equals(writtenSegments[i])) {
        return false;
      }
    }
    return true;
  }

  record Mention(String where, String written, String template, Optional<Set<String>> method) {
    @Override
    public String toString() {
      return where + " " + method.map(m -> String.join("|", new TreeSet<>(m)) + " ").orElse("") + written;
    }
  }
}
