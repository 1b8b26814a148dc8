package org.maagal.scale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The demo city at the sizes the scale benchmark runs: an organisation file and its budget book for a city of
 * 12, 60 or 250 departments, written to a folder. 60 is the large demo city as it ships; 12 is the demo city
 * without eight of its departments (none that owns a target of the demo goal tree), their managers moved to
 * their divisions and their budget lines gone; 250 is the large city with 190 more departments under the
 * administration division, each with an invented manager and two budget lines.
 */
record Cities(Path organization, Path budgetBook) {

  /** The demo's departments a city of 12 does without: no target of the demo goal tree is theirs. */
  private static final Map<String, String> LEFT_OUT = Map.of("spokesperson", "ceo-office", "sanitation", "engineering",
      "absorption", "community-welfare", "seniors", "community-welfare", "business", "economy", "tourism", "economy",
      "sport", "culture-sport", "human-resources", "administration");
  private static final Pattern DEPARTMENT = Pattern.compile("\\{ id: ([a-z0-9-]+), type: department,.* name: ([^,]+),");

  /** The packaged application's arguments for the demo profile with this city, on the PostgreSQL database named. */
  List<String> arguments(EmbeddedPostgres postgres, String database) {
    return List.of("--spring.profiles.active=demo",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
        "--spring.datasource.username=postgres", "--spring.datasource.password=",
        "--maagal.organization.file=file:" + organization,
        "--maagal.budget.initial-book=file:" + budgetBook);
  }

  static Cities of(int departments, Path folder) {
    try {
      return switch (departments) {
        case 12 -> twelve(folder);
        case 60 -> new Cities(copy("organization/large-demo-municipality.yaml", folder),
            copy("budget/large-demo-budget-book.csv", folder));
        case 250 -> twoHundredFifty(folder);
        default -> throw new IllegalArgumentException("a city of 12, 60 or 250 departments");
      };
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static Cities twelve(Path folder) throws IOException {
    var names = new HashSet<String>();  // as the budget book writes them, between commas
    var organization = new StringBuilder();
    for (String line : resource("organization/demo-municipality.yaml").split("\n", -1)) {
      var department = DEPARTMENT.matcher(line);
      if (department.find() && LEFT_OUT.containsKey(department.group(1))) {
        String name = department.group(2).trim().replaceAll("^\"|\"$", "").replace("\\\"", "\"");
        names.add("," + name + ",");
        names.add(",\"" + name.replace("\"", "\"\"") + "\",");
        continue;
      }
      for (var leftOut : LEFT_OUT.entrySet()) {
        line = line.replace("unit: " + leftOut.getKey() + " }", "unit: " + leftOut.getValue() + " }");
      }
      organization.append(line).append('\n');
    }
    String budget = resource("budget/demo-budget-book.csv").lines()
        .filter(line -> names.stream().noneMatch(line::contains))
        .collect(Collectors.joining("\n", "", "\n"));
    return write(folder, "12", organization.toString(), budget);
  }

  private static Cities twoHundredFifty(Path folder) throws IOException {
    int added = 190;
    String organization = resource("organization/large-demo-municipality.yaml");
    String departments = IntStream.rangeClosed(1, added)
        .mapToObj(n -> "  - { id: service-" + n + ", type: department, parent: administration, name: \"מחלקת שירות "
            + n + "\", manager: manager-" + n + ", domains: [internal] }")
        .collect(Collectors.joining("\n", "", "\n"));
    String managers = IntStream.rangeClosed(1, added)
        .mapToObj(n -> "  - { id: manager-" + n + ", firstName: מנהל, lastName: \"שירות " + n + "\", email: manager-" + n
            + "@ein-karmit.example, unit: service-" + n + " }")
        .collect(Collectors.joining("\n", "", "\n"));
    organization = organization.replace("\npeople:\n", "\n" + departments + "\npeople:\n")
        .replace("\ncommittees:\n", "\n" + managers + "\ncommittees:\n");
    var budget = new StringBuilder(resource("budget/large-demo-budget-book.csv").stripTrailing()).append('\n');
    for (int n = 1; n <= added; n++) {
      for (var line : List.of(new String[] {"750", "פעולות שוטפות", "\"310,000\""},
          new String[] {"930", "פרויקטים ופיתוח", "\"185,000\""})) {
        budget.append(String.format("17%04d0%s,%s - מחלקת שירות %d,מחלקת שירות %d,%s,רגיל,עירוני,%n", n, line[0], line[1],
            n, n, line[2]));
      }
    }
    return write(folder, "250", organization, budget.toString());
  }

  private static Cities write(Path folder, String size, String organization, String budget) throws IOException {
    var cities = new Cities(folder.resolve("organization-" + size + ".yaml"), folder.resolve("budget-" + size + ".csv"));
    Files.writeString(cities.organization(), organization, StandardCharsets.UTF_8);
    Files.writeString(cities.budgetBook(), budget, StandardCharsets.UTF_8);
    return cities;
  }

  private static Path copy(String resource, Path folder) throws IOException {
    Path file = folder.resolve(Path.of(resource).getFileName().toString());
    Files.writeString(file, resource(resource), StandardCharsets.UTF_8);
    return file;
  }

  private static String resource(String name) throws IOException {
    try (var in = Cities.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
