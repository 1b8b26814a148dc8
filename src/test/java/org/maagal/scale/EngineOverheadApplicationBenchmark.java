package org.maagal.scale;

import static org.assertj.core.api.Assertions.assertThat;

import bench.bare.BareEngineApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maagal.ApplicationProcess;
import org.maagal.BenchmarkTable;
import org.maagal.JfrRecording;

/**
 * What Maagal adds to the engine's own cost of completing a user task: the packaged application and a bare
 * Camunda engine ({@link BareEngineApplication}: the REST starter with the engine's defaults, history full as
 * Maagal's, secured as Camunda documents it: its own HTTP Basic login on the REST API and its authorizations on) run
 * side by side, each on its own H2 file with the same options. Both get the same small
 * process (start, one user task for the schools department's group, end), deployed through
 * {@code /engine-rest/deployment/create}, and as many instances; then their tasks are completed through
 * {@code /engine-rest/task/{id}/complete} with the four answers of a department's assessment, one request to
 * Maagal and one to the bare engine in turn (which goes first alternates), after a warm-up, so both meet the same
 * machine. On both the schools department's manager completes them, with Basic, as a manager completes a real
 * task (the engine checks her group's right to work on the task), so the ratio is what Maagal adds beyond the
 * engine's own security. Prints medians, p95 and their ratio. {@code -Dbench.jfr=/tmp/overhead.jfr} records both with
 * JFR ({@code settings=profile}, deep stacks) during the measured completions, into {@code overhead-maagal.jfr} and
 * {@code overhead-bare.jfr}; {@code -Dbench.completer=admin} completes Maagal's tasks as the admin, whose rights
 * the engine does not check, to weigh those checks. The "limited by" of its row comes from such recordings. Not a
 * test of speed: {@code mvn -Pbench verify} runs it; it asserts only that every completion answered 204 and that
 * each engine's tasks are all completed in its history.
 */
@ExtendWith(BenchmarkTable.class)
class EngineOverheadApplicationBenchmark {

  static final String PROCESS = "benchmarkUserTask";
  static final String TASK = "completeBenchmarkTask";
  static final String GROUP = "dept-schools";
  static final String SCHOOLS_MANAGER = "yael-dror";
  static final ObjectMapper JSON = new ObjectMapper();
  /** The four answers of a department's assessment, as task completions' benchmark (d) submits them. */
  static final String ANSWERS = TaskCompletionApplicationBenchmark.ANSWERS;

  @TempDir
  Path directory;

  @Test
  void completesTheSameUserTaskOnMaagalAndOnABareEngineInTurn() throws Exception {
    boolean small = "small".equals(System.getProperty("bench.size"));
    int warmUp = small ? 40 : 300;
    int measured = small ? 160 : 2000;
    long began = System.nanoTime();
    Path maagalDirectory = Files.createDirectories(directory.resolve("maagal"));
    Path bareDirectory = Files.createDirectories(directory.resolve("bare"));
    var inParallel = Executors.newFixedThreadPool(2);
    var maagalStart = inParallel.submit(() -> ApplicationProcess.start(maagalDirectory, JfrRecording.javaOptions(),
        List.of("--spring.profiles.active=demo", "--spring.datasource.url=" + h2(maagalDirectory))));
    var bareStart = inParallel.submit(() -> ApplicationProcess.startMainClass(bareDirectory, JfrRecording.javaOptions(),
        BareEngineApplication.class, List.of("--spring.config.name=bare", "--spring.datasource.url="
            + h2(bareDirectory)), "/actuator/health"));
    try (var maagalProcess = maagalStart.get(); var bareProcess = bareStart.get()) {
      double startSeconds = (System.nanoTime() - began) / 1e9;
      // -Dbench.completer=admin: the same as the admin, whom the engine does not check (to weigh its checks)
      var maagal = new Engine(maagalProcess, "admin", System.getProperty("bench.completer", SCHOOLS_MANAGER));
      var bare = new Engine(bareProcess, "admin", System.getProperty("bench.completer", SCHOOLS_MANAGER));
      long prepared = System.nanoTime();
      var maagalPrepared = inParallel.submit(() -> maagal.prepare(warmUp + measured));
      var barePrepared = inParallel.submit(() -> bare.prepare(warmUp + measured));
      List<String> maagalTasks = maagalPrepared.get();
      List<String> bareTasks = barePrepared.get();
      inParallel.shutdown();
      double prepareSeconds = (System.nanoTime() - prepared) / 1e9;

      for (int i = 0; i < warmUp; i++) {
        maagal.complete(maagalTasks.get(i));
        bare.complete(bareTasks.get(i));
      }
      var recordings = List.of(JfrRecording.startIfAsked(maagalProcess, "maagal"),
          JfrRecording.startIfAsked(bareProcess, "bare"));
      var maagalMillis = new double[measured];
      var bareMillis = new double[measured];
      for (int i = 0; i < measured; i++) {
        // which goes first alternates, so neither always meets the machine right after the other's work
        if (i % 2 == 0) {
          maagalMillis[i] = maagal.complete(maagalTasks.get(warmUp + i));
          bareMillis[i] = bare.complete(bareTasks.get(warmUp + i));
        } else {
          bareMillis[i] = bare.complete(bareTasks.get(warmUp + i));
          maagalMillis[i] = maagal.complete(maagalTasks.get(warmUp + i));
        }
      }
      for (JfrRecording recording : recordings) {
        recording.stop();
      }

      for (Engine engine : List.of(maagal, bare)) {
        assertThat(engine.openTasks()).isEmpty();
        assertThat(engine.completedTasks()).isEqualTo(warmUp + measured);
      }
      double maagalMedian = BenchmarkTable.percentile(maagalMillis, 50);
      double bareMedian = BenchmarkTable.percentile(bareMillis, 50);
      String figure = String.format("Maagal median %.2f ms, p95 %.2f ms; bare engine median %.2f ms, p95 %.2f ms;"
          + " ratio of medians %.2f", maagalMedian, BenchmarkTable.percentile(maagalMillis, 95), bareMedian,
          BenchmarkTable.percentile(bareMillis, 95), maagalMedian / bareMedian);
      System.out.printf("%nThe same user task completed on Maagal and on a bare engine in turn, %d each after %d to"
          + " warm up: %s (both started in %.0f s, instances started in %.0f s, all in %.0f s)%n", measured, warmUp,
          figure, startSeconds, prepareSeconds, (System.nanoTime() - began) / 1e9);
      BenchmarkTable.row("(a) Maagal vs a bare engine, same user task",
          String.format("%d completions each, Maagal and a bare Camunda 7.24 in turn, after %d to warm up", measured,
              warmUp),
          figure,
          "beyond the engine's own login and authorizations (JFR): the engine's authorization queries ~26%; reading"
              + " the task ~21% and its form ~7% before the completion (CompletionGuard); more SQL in the completion"
              + " and its flush ~21%; Spring Security, MVC and Spring's web layer ~13%; Jackson ~4%");
    }
  }

  private static String h2(Path directory) {
    return "jdbc:h2:file:" + directory.resolve("engine") + ";WRITE_DELAY=0";
  }

  /**
   * One of the two applications, through its engine's REST API: {@code admin} deploys and starts, {@code completer}
   * completes.
   */
  private record Engine(ApplicationProcess application, String admin, String completer) {

    static final int PAGE = 2000;

    /** Deploys the process, starts this many instances, and gives their open tasks. */
    List<String> prepare(int instances) throws IOException {
      deploy();
      startInstances(instances);
      var tasks = openTasks();
      assertThat(tasks).hasSize(instances);
      return tasks;
    }

    void deploy() throws IOException {
      String model = Bpmn.convertToString(Bpmn.createExecutableProcess(PROCESS).name("Benchmark user task")
          .camundaHistoryTimeToLive(30)
          .startEvent("benchmarkStarted").name("Started")
          // the department assessment's form: a completion may carry only its form's fields (CompletionGuard), and
          // the four answers are four of them; the bare engine never reads the form
          .userTask(TASK).name("Complete the benchmark task").camundaCandidateGroups(GROUP)
          .camundaFormRef("department-assessment").camundaFormRefBinding("latest")
          .endEvent("benchmarkEnded").name("Ended")
          .done());
      String boundary = "maagal-benchmark-boundary";
      var body = new ByteArrayOutputStream();
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
          + PROCESS + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\""
          + PROCESS + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + model + "\r\n--" + boundary
          + "--\r\n").getBytes(StandardCharsets.UTF_8));
      var deployed = application.post(admin, "/engine-rest/deployment/create",
          "multipart/form-data; boundary=" + boundary, body.toByteArray());
      assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    }

    void startInstances(int count) {
      for (int i = 0; i < count; i++) {
        var started = application.postJson(admin, "/engine-rest/process-definition/key/" + PROCESS + "/start", "{}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      }
    }

    /** Page by page: Maagal's engine answers a user's list query with 2,000 rows at most (queryMaxResultsLimit). */
    List<String> openTasks() {
      var ids = new ArrayList<String>();
      for (int first = 0; ; first += PAGE) {
        var found = application.postJson(admin, "/engine-rest/task?firstResult=" + first + "&maxResults=" + PAGE,
            "{\"processDefinitionKey\": \"" + PROCESS + "\", \"candidateGroup\": \"" + GROUP + "\", "
                + "\"sorting\": [{\"sortBy\": \"id\", \"sortOrder\": \"asc\"}]}");
        int before = ids.size();
        for (JsonNode task : read(found.statusCode() + " " + found.body(), found::body)) {
          ids.add(task.get("id").asText());
        }
        if (ids.size() - before < PAGE) {
          return ids;
        }
      }
    }

    long completedTasks() {
      var counted = application.get(admin, "/engine-rest/history/task/count?finished=true&processDefinitionKey="
          + PROCESS);
      return read(counted.statusCode() + " " + counted.body(), counted::body).get("count").asLong();
    }

    /** Completes the task with the four answers; the milliseconds until the answer, which must be 204. */
    double complete(String taskId) {
      long before = System.nanoTime();
      var done = application.postJson(completer, "/engine-rest/task/" + taskId + "/complete", ANSWERS);
      double millis = (System.nanoTime() - before) / 1e6;
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
      return millis;
    }

    private static JsonNode read(String answer, Callable<String> body) {
      try {
        return JSON.readTree(body.call());
      } catch (Exception unreadable) {
        throw new IllegalStateException(answer, unreadable);
      }
    }
  }
}
