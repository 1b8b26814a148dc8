package org.maagal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.maagal.cycle.CycleStarted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one registry of the cycle years the integration tests start ({@code src/test/resources/cycle-years.txt}).
 * The test classes of a JVM share one application and database, and a year's cycle is the strategy unit's only
 * one for that year: two classes on one year see each other's tasks, and pass or fail by their order. Each class
 * has the years the registry gives it, and {@link CycleYearsTest} checks that no year is given twice.
 *
 * <p>As an extension of every {@link MaagalIntegrationTest}, it knows which class runs; as a listener in the
 * application, it sees every cycle started. A class that starts a year the registry does not give it fails when
 * it ends, naming the year and the class the registry gives it to.
 */
@Component
public class CycleYears implements BeforeAllCallback, AfterAllCallback {

  static final Path REGISTRY = Path.of("src", "test", "resources", "cycle-years.txt");
  private static final Pattern LINE = Pattern.compile("(\\d{4})(?:-(\\d{4}))?\\s+([\\w.]+)");

  private static volatile String running;
  private static final Map<String, Set<Integer>> STARTED = new ConcurrentHashMap<>();

  @Override
  public void beforeAll(ExtensionContext context) {
    running = name(context.getRequiredTestClass());
    STARTED.remove(running);
  }

  @EventListener
  void on(CycleStarted started) {
    String owner = running;
    if (owner != null) {
      STARTED.computeIfAbsent(owner, name -> ConcurrentHashMap.newKeySet()).add(started.year());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    String name = name(context.getRequiredTestClass());
    running = null;
    var registry = registry();
    List<String> wrong = new ArrayList<>();
    for (int year : new TreeSet<>(STARTED.getOrDefault(name, Set.of()))) {
      String owner = registry.get(year);
      if (!name.equals(owner)) {
        wrong.add(year + (owner == null ? " (in no line of the registry)" : " (the registry gives it to " + owner + ")"));
      }
    }
    if (!wrong.isEmpty()) {
      throw new AssertionError(name + " started cycles of years that are not its own: " + String.join(", ", wrong)
          + ". Give it years of its own in " + REGISTRY + ".");
    }
  }

  /** Each year of the registry and the class (its name after org.maagal.) that may start it. */
  static Map<Integer, String> registry() {
    return registry(lines());
  }

  static Map<Integer, String> registry(List<String> lines) {
    Map<Integer, String> owners = new TreeMap<>();
    for (String line : lines) {
      var matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        throw new IllegalStateException(REGISTRY + ": not a year, a range or a class: " + line);
      }
      int first = Integer.parseInt(matcher.group(1));
      int last = matcher.group(2) == null ? first : Integer.parseInt(matcher.group(2));
      for (int year = first; year <= last; year++) {
        String before = owners.put(year, matcher.group(3));
        if (before != null) {
          throw new IllegalStateException(REGISTRY + " gives " + year + " twice: to " + before + " and to "
              + matcher.group(3));
        }
      }
    }
    return owners;
  }

  /** The registry's lines that give years, without comments and blank lines. */
  static List<String> lines() {
    try {
      return Files.readAllLines(REGISTRY, StandardCharsets.UTF_8).stream().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static String name(Class<?> testClass) {
    return testClass.getName().substring("org.maagal.".length());
  }
}
