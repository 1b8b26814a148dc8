package org.maagal.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.maagal.workplans.BookOfWorkPlans.Activity;
import org.maagal.workplans.BookOfWorkPlans.DepartmentPlan;
import org.maagal.workplans.BookOfWorkPlans.Line;
import org.maagal.workplans.BookOfWorkPlans.Target;
import org.maagal.workplans.BookOfWorkPlans.Total;

/**
 * How long a large city's book takes to write, and how big its files are: 60 departments of 25 activities,
 * 2–3 budget lines each. Not a test of speed (nothing fails on time): it prints the figures. Surefire
 * leaves it out; {@code mvn -Pbench verify} runs it.
 */
class BookOfWorkPlansBenchmark {

  static final boolean SMALL = "small".equals(System.getProperty("bench.size"));
  /** 60 departments, or 20 with {@code -Dbench.size=small}. */
  static final int DEPARTMENTS = SMALL ? 20 : 60;
  static final int ACTIVITIES = 25;
  /** Measured runs after the warm-up: three, or one with {@code -Dbench.size=small}. */
  static final int MEASURED_RUNS = SMALL ? 1 : 3;

  static final String[] UNITS = {"חינוך", "רווחה", "תברואה", "הנדסה", "תנועה", "ספורט", "תרבות", "נוער", "קהילה",
      "ביטחון", "רישוי עסקים", "גנים ונוף", "מים וביוב", "דוברות", "משאבי אנוש", "מערכות מידע", "גזברות",
      "הכנסות", "נכסים", "חירום"};
  static final String[] AREAS = {"", " – צפון", " – דרום"};
  static final String[] SOURCES = {"תקציב עירוני", "משרד החינוך", "משרד הרווחה", "מפעל הפיס", "תרומות",
      "המשרד להגנת הסביבה"};
  static final String[] VERBS = {"הרחבת", "שדרוג", "הקמת", "תגבור", "הפעלת", "שיפוץ", "פיתוח", "הטמעת"};
  static final String[] OBJECTS = {"מרכז קהילתי בשכונת הפרחים", "תכנית מצוינות לתלמידי חטיבות הביניים",
      "מערך ניקיון לילי ברחובות הראשיים", "מערכת CRM לפניות תושבים", "גינות כלבים ופארקים שכונתיים",
      "שירותי רווחה לאזרחים ותיקים", "תשתיות מים בשכונות הוותיקות", "מועדוני נוער ופעילות קיץ"};

  @Test
  void writesTheBookOfSixtyDepartmentsAsXlsxAndPdf() throws IOException {
    var book = largeBook();
    var xlsx = new BookXlsx();
    var pdf = new BookPdf();

    System.out.printf("book: %d departments, %d activities, %d budget lines%n", book.departments().size(),
        book.departments().stream().mapToInt(d -> d.activities().size()).sum(),
        book.departments().stream().flatMap(d -> d.activities().stream()).mapToInt(a -> a.lines().size()).sum());
    byte[] workbook = measure("XLSX", () -> xlsx.write(book));
    byte[] document = measure("PDF", () -> pdf.write(book));

    try (var read = Loader.loadPDF(document)) {
      System.out.printf("XLSX %,d bytes; PDF %,d bytes, %d pages%n", workbook.length, document.length,
          read.getNumberOfPages());
      assertThat(read.getNumberOfPages()).isGreaterThan(DEPARTMENTS);
    }
  }

  /**
   * One warm-up run, then the measured runs: the time of each on the clock and on the processor (the
   * builds share two cores, so the clock alone says little), and the memory the writing thread allocated.
   */
  private static byte[] measure(String name, Supplier<byte[]> write) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long warmUp = System.nanoTime();
    byte[] result = write.get();
    System.out.printf("%s warm-up: %,d ms%n", name, (System.nanoTime() - warmUp) / 1_000_000);
    var times = new ArrayList<String>();
    long allocated = 0;
    for (int run = 0; run < MEASURED_RUNS; run++) {
      long bytesBefore = threads.getCurrentThreadAllocatedBytes();
      long cpuBefore = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      result = write.get();
      times.add(String.format("%,d ms (processor %,d ms)", (System.nanoTime() - start) / 1_000_000,
          (threads.getCurrentThreadCpuTime() - cpuBefore) / 1_000_000));
      allocated = threads.getCurrentThreadAllocatedBytes() - bytesBefore;
    }
    System.out.printf("%s runs: %s; allocated per run: %,d MB; heap max %,d MB%n", name, String.join(", ", times),
        allocated / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    return result;
  }

  static BookOfWorkPlans largeBook() {
    var random = new Random(2027);
    var departments = new ArrayList<DepartmentPlan>();
    Map<String, BigDecimal> byDomain = new LinkedHashMap<>();
    Map<String, BigDecimal> bySource = new LinkedHashMap<>();
    for (int d = 0; d < DEPARTMENTS; d++) {
      var unit = UNITS[d % UNITS.length];
      var name = "מחלקת " + unit + AREAS[d / UNITS.length];
      var targets = new ArrayList<Target>();
      for (int t = 1; t <= 4; t++) {
        targets.add(new Target(unit, "מטרה " + t + " של " + unit, "יעד " + t + ": שיפור השירות לתושבים ב-" + (10 + t)
            + "%", List.of("מדד " + t + "א: שביעות רצון (סקר)", "מדד " + t + "ב: מספר פניות")));
      }
      var activities = new ArrayList<Activity>();
      var departmentTotal = BigDecimal.ZERO;
      for (int a = 1; a <= ACTIVITIES; a++) {
        var lines = new ArrayList<Line>();
        int lineCount = 2 + random.nextInt(2);
        for (int l = 1; l <= lineCount; l++) {
          var source = SOURCES[random.nextInt(SOURCES.length)];
          var amount = BigDecimal.valueOf(5_000L * (1 + random.nextInt(400)));
          lines.add(new Line("1-" + (700 + d) + "-" + (100 + a * 10 + l), "סעיף " + l + " של פעילות " + a,
              l == 3 ? "תב\"ר" : "תקציב רגיל", source, amount, "מאושר"));
          bySource.merge(source, amount, BigDecimal::add);
        }
        var total = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        departmentTotal = departmentTotal.add(total);
        var start = LocalDate.of(2027, 1 + random.nextInt(6), 1);
        activities.add(new Activity(VERBS[random.nextInt(VERBS.length)] + " " + OBJECTS[random.nextInt(OBJECTS.length)],
            "רכז/ת " + unit, start, start.plusMonths(6).minusDays(1),
            List.of("תכנון ומכרז", "ביצוע שלב א'", a % 3 == 0 ? "" : "ביצוע שלב ב'", "הערכה וסיכום"),
            (20 + a) + " משתתפים", List.of(targets.get(a % 4).target()), lines, total));
      }
      byDomain.merge(unit, departmentTotal, BigDecimal::add);
      departments.add(new DepartmentPlan("department-" + d, name, 1 + d % 3, "מאושרת", targets, activities,
          departmentTotal, null));
    }
    var grandTotal = byDomain.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return new BookOfWorkPlans("עיריית נווה גנים", 2027, Instant.parse("2026-11-30T21:30:00Z"), departments,
        totals(byDomain), totals(bySource), List.of(), grandTotal);
  }

  private static List<Total> totals(Map<String, BigDecimal> sums) {
    return sums.entrySet().stream().map(e -> new Total(e.getKey(), e.getValue())).toList();
  }
}
