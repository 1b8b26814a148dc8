package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No file of the repository keeps the markers of a merge conflict: a stylesheet that did once lost its rules
 * without a word (the browser skips a rule it cannot read), and nothing else would have said so.
 */
class ConflictMarkersTest {

  private static final List<Path> ROOTS = List.of(Path.of("src"), Path.of("forms"), Path.of("processes"),
      Path.of("docs"), Path.of("README.md"), Path.of("SECURITY.md"), Path.of("pom.xml"));
  private static final Pattern TEXT = Pattern.compile(
      ".*\\.(java|css|js|html|md|yaml|yml|sql|bpmn|dmn|form|properties|csv|txt|xml|adoc|puml)$");
  private static final Pattern MARKER = Pattern.compile("^(<{7} .*|={7}|>{7} .*)$");

  @Test
  void noFileKeepsTheMarkersOfAMergeConflict() throws IOException {
    var found = new ArrayList<String>();
    for (Path root : ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile)
            .filter(path -> TEXT.matcher(path.getFileName().toString()).matches()).toList()) {
          var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int index = 0; index < lines.size(); index++) {
            if (MARKER.matcher(lines.get(index)).matches()) {
              found.add(file + ":" + (index + 1) + ": " + lines.get(index));
            }
          }
        }
      }
    }
    assertThat(found).as("merge conflict markers").isEmpty();
  }
}
