package org.maagal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The project's documents: README.md and SECURITY.md at the root, and every markdown file under docs/, found by walking. */
public final class Docs {

  /** Where Spring Modulith's Documenter writes the module pages: generated from the code, not written by hand. */
  public static final Path GENERATED_MODULES = Path.of("docs", "modules");

  private Docs() {
  }

  public static List<Path> markdownFiles() throws IOException {
    var documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("SECURITY.md")));
    try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
      docs.filter(path -> path.getFileName().toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    return List.copyOf(documents);
  }
}
