package org.maagal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.maagal.BenchmarkTable.percentile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.ApplicationProcess;
import org.maagal.BenchmarkTable;

/**
 * The dashboard at scale, on the packaged application: the data generator (the large demo city of 60
 * departments, a demo year after another) fills ten years of cycles (not in a run of {@code -Dbench.size=small}:
 * fewer years say nothing of the dashboard at scale), the
 * next year's cycle is started and its clock moved on until its tasks are late, and then every page is asked
 * for many times as the strategy unit and as a department manager, and the public site's pages of the ten years
 * the generator published by a resident with no login. Prints the generator's time and database size, and each
 * page's median, p95 and p99 answer times. Not a test of speed (only a wrong answer fails):
 * {@code mvn -Pbench verify} runs it.
 */
@ExtendWith(BenchmarkTable.class)
class DashboardPagesApplicationBenchmark {

  static final int FIRST_YEAR = 2027;
  static final boolean SMALL = "small".equals(System.getProperty("bench.size"));
  static final int WARM_UP = 20;
  static final int MEASURED = 100;
  /** H2's room for a table of information_schema.tables, its indexes with it. */
  static final String DISK_SPACE = "disk_space_used('\"' || table_schema || '\".\"' || table_name || '\"')";

  @TempDir
  Path directory;

  @Test
  void everyPageOfTheDashboardOnTenYearsOfSixtyDepartments() throws Exception {
    assumeFalse(SMALL, "the dashboard's benchmark needs its ten years: not in a small run");
    int years = 10;
    int departments = 60;
    int lastYear = FIRST_YEAR + years - 1;
    var arguments = List.of("--spring.profiles.active=demo,large",
        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("maagal-large") + ";WRITE_DELAY=0",
        "--maagal.demo.run-year=" + FIRST_YEAR, "--maagal.demo.years=" + years);

    try (var application = ApplicationProcess.start(directory, arguments)) {
      long before = System.nanoTime();
      boolean generated = application.awaitDemoYear(lastYear, Duration.ofMinutes(30));
      long generatorSeconds = (System.nanoTime() - before) / 1_000_000_000;
      assertThat(generated).as(application.log()).isTrue();
      System.out.printf("%nData generator: %d years of the %d-department demo city in %d s (%.1f s a year);"
          + " H2 database %,d MB%n", years, departments, generatorSeconds, generatorSeconds / (double) years,
          databaseBytes() / 1_000_000);

      // the year after: under way, its first tasks three weeks late
      int current = lastYear + 1;
      var started = application.postJson("noa-barak", "/api/cycles", "{\"year\": " + current + "}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
      assertThat(application.awaitTrue(() -> assessmentTasks(application, current) == departments,
          Duration.ofMinutes(2))).isTrue();
      var moved = application.postJson("admin", "/api/admin/time-travel", "{\"days\": 21}");
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
      assertThat(application.get("noa-barak", "/dashboard/late").body()).contains("הערכת מצב");

      System.out.printf("%-48s %8s %8s %8s %8s%n", "page (as whom)", "median", "p95", "p99", "max");
      var pages = new ArrayList<Page>();
      for (String path : List.of("/dashboard/", "/dashboard/late", "/dashboard/late.csv", "/dashboard/goals",
          "/dashboard/ceo", "/dashboard/budget", "/dashboard/goals?year=" + lastYear,
          "/dashboard/ceo?year=" + lastYear, "/dashboard/budget?year=" + lastYear,
          "/dashboard/departments/youth")) {
        pages.add(new Page(path, "noa-barak", "strategy unit"));
      }
      for (String path : List.of("/dashboard/", "/dashboard/late", "/dashboard/goals?year=" + lastYear,
          "/dashboard/budget?year=" + lastYear, "/dashboard/departments/youth")) {
        pages.add(new Page(path, "itay-ron", "youth manager"));
      }
      var slowest = Page.measureAll(pages, application);
      BenchmarkTable.row("the dashboard, " + years + " years of " + departments + " departments",
          String.format("%d pages as the strategy unit and a department manager, %d requests each", pages.size(),
              MEASURED),
          String.format("every page's p95 within %.0f ms (the slowest: %s); generator %.0f s a year", slowest.p95(),
              slowest.page(), generatorSeconds / (double) years),
          "results computed once a year and change; the late list's engine queries");
      publicSite(application, years, departments);
    }
    // the application has stopped: its database file is the benchmark's to open
    long file = databaseBytes() / 1_000_000;
    var room = tableRoom(5);
    System.out.printf("The database after %d years of %d departments: a file of %,d MB, its tables %,d MB; the largest:"
        + " %s%n", years, departments, file, room.megabytes(), room.largest());
    BenchmarkTable.row("the database, " + years + " years of " + departments + " departments",
        "the H2 file after the generator's years and the dashboard's requests, the room its tables take (H2's"
            + " disk_space_used, with their indexes) and the five largest",
        String.format("a file of %,d MB; its tables %,d MB; %s", file, room.megabytes(), room.largest()),
        "H2 keeps in the file the room of every row it rewrote until the database is compacted (SHUTDOWN COMPACT);"
            + " the tables are mostly the engine's full history, kept ten years");
  }

  /**
   * The public site on the years the generator published (each demo year ends with its three parts approved by the
   * steering committee): every year's page in one of the three languages, the list of years, a CSV and the
   * accessibility statement, asked for by a resident with no login; the booklet's PDF timed on its own.
   */
  private static void publicSite(ApplicationProcess application, int years, int departments) {
    String index = application.get(null, "/public/").body();
    for (int year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
      assertThat(index).as("year " + year + " published").contains("/public/" + year + "/");
    }
    var pages = new ArrayList<Page>();
    pages.add(new Page("/public/", null, "a resident"));
    String[] languages = {"he", "ar", "en"};
    for (int year = FIRST_YEAR; year < FIRST_YEAR + years; year++) {
      pages.add(new Page("/public/" + year + "/?lang=" + languages[year % 3], null, "a resident"));
    }
    pages.add(new Page("/public/" + FIRST_YEAR + "/plan.csv", null, "a resident"));
    pages.add(new Page("/public/accessibility", null, "a resident"));
    var slowest = Page.measureAll(pages, application);
    var booklet = new double[5];
    for (int i = 0; i < booklet.length; i++) {
      long before = System.nanoTime();
      assertThat(application.get(null, "/public/" + FIRST_YEAR + "/booklet.pdf").statusCode()).isEqualTo(200);
      booklet[i] = (System.nanoTime() - before) / 1e6;
    }
    Arrays.sort(booklet);
    System.out.printf("The public booklet of %d: %.0f ms median of %d%n", FIRST_YEAR, percentile(booklet, 50),
        booklet.length);
    BenchmarkTable.row("the public site, " + years + " years of " + departments + " departments published",
        String.format("%d pages with no login (the years, every year's plan in one of three languages, a CSV, the"
            + " accessibility statement), %d requests each after %d to warm up", pages.size(), MEASURED, WARM_UP),
        String.format("every page's p95 within %.0f ms (the slowest: %s); the year's booklet (PDF) %.0f ms",
            slowest.p95(), slowest.page(), percentile(booklet, 50)),
        "each answer drawn afresh from the parsed snapshots; the page's size (the whole tree of a year)");
  }

  /** The room the tables take, all together and the largest: "name rows MB", largest first. */
  private record TableRoom(long megabytes, String largest) {
  }

  private TableRoom tableRoom(int largest) throws SQLException {
    var sizes = new ArrayList<String>();
    long total = 0;
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("maagal-large"), "sa", "");
        var rows = h2.createStatement().executeQuery("select table_name, " + DISK_SPACE + " bytes"
            + " from information_schema.tables where table_schema = 'PUBLIC'"
            + " and table_type = 'BASE TABLE' order by bytes desc")) {
      while (rows.next()) {
        total += rows.getLong(2);
        if (sizes.size() == largest) {
          continue;
        }
        String table = rows.getString(1);
        long lines;
        try (var counted = h2.createStatement().executeQuery("select count(*) from \"" + table + "\"")) {
          counted.next();
          lines = counted.getLong(1);
        }
        sizes.add(String.format("%s %,d rows %,d MB", table.toLowerCase(Locale.ROOT), lines,
            rows.getLong(2) / 1_000_000));
      }
    }
    return new TableRoom(total / 1_000_000, String.join(", ", sizes));
  }

  /** The page whose p95 was the longest, and that p95. */
  private record Slowest(String page, double p95) {
  }

  /** A page as one person asks for it ({@code user} null: no login). */
  private record Page(String path, String user, String who) {

    /** Measures each page, prints its figures, and answers the slowest. */
    static Slowest measureAll(List<Page> pages, ApplicationProcess application) {
      var slowest = new Slowest(null, 0);
      for (Page page : pages) {
        var millis = page.measure(application);
        System.out.printf("%-48s %6.1f ms %5.1f ms %5.1f ms %5.1f ms%n", page.path() + " (" + page.who() + ")",
            percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1]);
        if (percentile(millis, 95) > slowest.p95()) {
          slowest = new Slowest(page.path() + " (" + page.who() + ")", percentile(millis, 95));
        }
      }
      return slowest;
    }

    /** The answer times of the measured requests, in ascending order; every answer must be a 200. */
    double[] measure(ApplicationProcess application) {
      for (int i = 0; i < WARM_UP; i++) {
        answer(application);
      }
      var millis = new double[MEASURED];
      for (int i = 0; i < MEASURED; i++) {
        long before = System.nanoTime();
        answer(application);
        millis[i] = (System.nanoTime() - before) / 1e6;
      }
      Arrays.sort(millis);
      return millis;
    }

    private void answer(ApplicationProcess application) {
      var response = application.get(user, path);
      assertThat(response.statusCode()).as(path + " as " + user).isEqualTo(200);
    }
  }

  private static int assessmentTasks(ApplicationProcess application, int year) {
    String count = application.postJson("admin", "/engine-rest/task/count", "{\"taskDefinitionKey\": "
        + "\"submitDepartmentAssessment\", \"processVariables\": [{\"name\": \"year\", \"operator\": \"eq\","
        + " \"value\": " + year + "}]}").body();
    return Integer.parseInt(count.replaceAll("\\D", ""));
  }

  private long databaseBytes() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().startsWith("maagal-large"))
          .mapToLong(file -> file.toFile().length()).sum();
    }
  }
}
