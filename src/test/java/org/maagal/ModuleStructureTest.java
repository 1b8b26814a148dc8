package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * Each top-level package is a feature module that uses others only through their public API, without cycles, and
 * only the modules its {@code package-info.java} allows ({@code @ApplicationModule(allowedDependencies = ...)}).
 * The module documentation in {@code docs/modules/} is generated from the same structure, never written by hand.
 */
class ModuleStructureTest {

  /** Where the documentation is committed; its README.md is ours, every other file the Documenter's. */
  static final Path COMMITTED = Path.of("docs", "modules");
  static final Path GENERATED = Path.of("target", "spring-modulith-docs");
  static final String README = "README.md";
  static final String REFRESH = "mvn test -Dtest=ModuleStructureTest -Dmodules.docs.write=true";

  // Reading the classes is most of this test's time: once for the class.
  static final ApplicationModules modules = ApplicationModules.of(MaagalApplication.class);

  @Test
  void featuresDependOnEachOtherOnlyThroughTheirPublicApiAndAsDeclared() {
    modules.verify();
  }

  @Test
  void theCommittedModuleDocumentationIsWhatTheCodeGenerates() throws IOException {
    var diagrams = DiagramOptions.defaults();
    var canvases = CanvasOptions.defaults();
    // Not writeDocumentation(): it also writes the modules' metadata into target/classes, and so into the jar.
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
        .writeModulesAsPlantUml(diagrams)
        .writeIndividualModulesAsPlantUml(diagrams)
        .writeModuleCanvases(canvases)
        .writeAggregatingDocument(diagrams, canvases);
    inAStableOrder(GENERATED);

    if (Boolean.getBoolean("modules.docs.write")) {
      replaceCommittedWithGenerated();
    }

    var differences = new ArrayList<String>();
    for (String file : union(files(GENERATED), files(COMMITTED))) {
      Path generated = GENERATED.resolve(file);
      Path committed = COMMITTED.resolve(file);
      if (!Files.exists(committed)) {
        differences.add(file + " is generated but not in " + COMMITTED);
      } else if (!Files.exists(generated)) {
        differences.add(file + " is in " + COMMITTED + " but no longer generated");
      } else if (Files.mismatch(generated, committed) != -1) {
        differences.add(file + " differs from line " + firstDifferentLine(generated, committed));
      }
    }
    assertThat(differences)
        .as("%s is not what the modules are now (generated in %s). Refresh it with%n  %s%nand commit it.",
            COMMITTED, GENERATED, REFRESH)
        .isEmpty();
  }

  /**
   * The Documenter writes a diagram's relations in a different order from one run to the next (the order of a hash
   * set): sorted, a diagram changes only when the modules do.
   */
  private static void inAStableOrder(Path folder) throws IOException {
    for (String file : files(folder)) {
      if (file.endsWith(".puml")) {
        Path diagram = folder.resolve(file);
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        List<Integer> at = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
          if (lines.get(line).startsWith("Rel(")) {
            at.add(line);
          }
        }
        List<String> relations = new ArrayList<>(at.stream().map(lines::get).sorted().toList());
        for (int i = 0; i < at.size(); i++) {
          lines.set(at.get(i), relations.get(i));
        }
        Files.write(diagram, lines);
      }
    }
  }

  private static void replaceCommittedWithGenerated() throws IOException {
    Files.createDirectories(COMMITTED);
    for (String stale : files(COMMITTED)) {
      Files.delete(COMMITTED.resolve(stale));
    }
    for (String file : files(GENERATED)) {
      Files.copy(GENERATED.resolve(file), COMMITTED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The documentation's files in the folder, without our README. */
  private static Set<String> files(Path folder) {
    if (!Files.isDirectory(folder)) {
      return Set.of();
    }
    try (Stream<Path> listed = Files.list(folder)) {
      var names = new TreeSet<String>();
      listed.filter(Files::isRegularFile).map(path -> path.getFileName().toString())
          .filter(name -> !name.equals(README)).forEach(names::add);
      return names;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static int firstDifferentLine(Path one, Path other) throws IOException {
    List<String> a = Files.readAllLines(one);
    List<String> b = Files.readAllLines(other);
    int line = 0;
    while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
      line++;
    }
    return line + 1;
  }

  private static Set<String> union(Set<String> one, Set<String> other) {
    var all = new TreeSet<>(one);
    all.addAll(other);
    return all;
  }
}
