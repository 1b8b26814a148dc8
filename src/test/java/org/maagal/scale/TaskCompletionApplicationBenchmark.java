package org.maagal.scale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.ApplicationProcess;
import org.maagal.BenchmarkTable;

/**
 * How many Maagal tasks one node completes per second through the engine's REST API, and how long each takes:
 * the departments' situation assessments of a few cycles of the large demo city (60 departments;
 * {@code -Dbench.size=small}: the demo's 20), each submitted with its form's four answers, one after another,
 * the way Tasklist submits a form. The listener stores the assessment and opens the strategy unit's review,
 * so this is the whole cost of a real step. Prints completions per second, median, p95 and p99. Not a test of
 * speed: {@code mvn -Pbench verify} runs it.
 */
@ExtendWith(BenchmarkTable.class)
class TaskCompletionApplicationBenchmark {

  static final int FIRST_YEAR = 2040;
  static final boolean SMALL = "small".equals(System.getProperty("bench.size"));
  /** Four cycles' assessments, or two with {@code -Dbench.size=small}. */
  static final int CYCLES = SMALL ? 2 : 4;
  static final int WARM_UP = 20;
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ANSWERS = "{\"variables\": {"
      + "\"state\": {\"value\": \"המחלקה פועלת במלוא היקפה; צוות קבוע ותקציב שגרה יציב.\"},"
      + "\"achievements\": {\"value\": \"הושלמו רוב פעילויות השנה.\"},"
      + "\"gaps\": {\"value\": \"חלק מהיעדים לא הושגו בשל עיכובים בתקצוב.\"},"
      + "\"challenges\": {\"value\": \"גידול בביקוש לשירותים, במקביל לצמצום תקציבי.\"}}}";

  @TempDir
  Path directory;

  @Test
  void completesTheDepartmentsAssessmentsOneAfterAnother() throws Exception {
    int departments = SMALL ? 20 : 60;
    var arguments = List.of("--spring.profiles.active=" + (SMALL ? "demo" : "demo,large"),
        "--spring.datasource.url=jdbc:h2:file:" + directory.resolve("maagal") + ";WRITE_DELAY=0");
    try (var application = ApplicationProcess.start(directory, arguments)) {
      var tasks = new ArrayList<String>();
      for (int year = FIRST_YEAR; year < FIRST_YEAR + CYCLES; year++) {
        var started = application.postJson("noa-barak", "/api/cycles", "{\"year\": " + year + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        int cycle = year;
        assertThat(application.awaitTrue(() -> assessmentTasks(application, cycle).size() == departments,
            Duration.ofMinutes(2))).isTrue();
        tasks.addAll(assessmentTasks(application, year));
      }

      var millis = new ArrayList<Double>();
      long before = System.nanoTime();
      for (String task : tasks) {
        long one = System.nanoTime();
        var done = application.postJson("admin", "/engine-rest/task/" + task + "/submit-form", ANSWERS);
        millis.add((System.nanoTime() - one) / 1e6);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
      }
      double seconds = (System.nanoTime() - before) / 1e9;

      var measured = millis.subList(WARM_UP, millis.size()).stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(measured);
      System.out.printf("%nTask completions through /engine-rest, one client, %d departments × %d cycles: %d tasks in"
          + " %.1f s = %.1f a second; after %d to warm up: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          departments, CYCLES, tasks.size(), seconds, tasks.size() / seconds, WARM_UP,
          BenchmarkTable.percentile(measured, 50), BenchmarkTable.percentile(measured, 95),
          BenchmarkTable.percentile(measured, 99), measured[measured.length - 1]);
      BenchmarkTable.row("(d) completions through /engine-rest, one node",
          String.format("%d assessments submitted one after another (%d departments × %d cycles)", tasks.size(),
              departments, CYCLES),
          String.format("%.1f a second; median %.0f ms, p95 %.0f ms, p99 %.0f ms", tasks.size() / seconds,
              BenchmarkTable.percentile(measured, 50), BenchmarkTable.percentile(measured, 95),
              BenchmarkTable.percentile(measured, 99)),
          "one client waits for each answer; each completion is one engine transaction with the assessment's"
              + " listener, the deadline plugin and the history of a real step");
    }
  }

  private static List<String> assessmentTasks(ApplicationProcess application, int year) {
    var found = application.postJson("admin", "/engine-rest/task?maxResults=1000", "{\"taskDefinitionKey\": "
        + "\"submitDepartmentAssessment\", \"processVariables\": [{\"name\": \"year\", \"operator\": \"eq\","
        + " \"value\": " + year + "}]}");
    try {
      var ids = new ArrayList<String>();
      for (JsonNode task : JSON.readTree(found.body())) {
        ids.add(task.get("id").asText());
      }
      return ids;
    } catch (Exception unreadable) {
      throw new IllegalStateException(found.statusCode() + " " + found.body(), unreadable);
    }
  }
}
