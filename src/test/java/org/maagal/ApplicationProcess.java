package org.maagal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged application (the jar {@code mvn verify} builds before the integration tests) as a
 * process of its own, the way a municipality runs it: started, called over HTTP, and killed with
 * SIGKILL ({@code kill -9}) when a test wants a crash.
 */
public final class ApplicationProcess implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEMO_YEAR_STOPPED = Pattern.compile("Demo year \\d+ stopped");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  /**
   * The settings of the JVM that docs/performance.md gives for running the jar, with a heap for a city of a thousand
   * departments: the serial collector and the quick compiler start it in a third less time on two cores.
   */
  public static final List<String> RECOMMENDED_JVM = List.of("-Xmx768m", "-Xss512k", "-XX:+UseSerialGC",
      "-XX:MetaspaceSize=128m", "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=40m",
      "-XX:TieredStopAtLevel=1");

  private final int port;
  private final Process process;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private ApplicationProcess(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** Starts the jar with these arguments on a free port, and waits until it answers its health check. */
  public static ApplicationProcess start(Path workDirectory, List<String> arguments) throws IOException {
    return start(workDirectory, List.of(), arguments);
  }

  /**
   * The same, with these options for the Java virtual machine (a profiler's settings). It starts the jar extracted
   * as docs/performance.md ("Memory and start-up") extracts it: about a third less time and CPU than
   * {@code java -jar}.
   */
  public static ApplicationProcess start(Path workDirectory, List<String> javaOptions, List<String> arguments)
      throws IOException {
    return startJar(extracted(), workDirectory, javaOptions, arguments);
  }

  /** The same with another jar of Maagal (a release's, for an upgrade). */
  public static ApplicationProcess startJar(Path jar, Path workDirectory, List<String> javaOptions,
      List<String> arguments) throws IOException {
    var what = new ArrayList<>(javaOptions);
    what.addAll(List.of("-jar", jar.toString()));
    return start(workDirectory, java(what), arguments, "/actuator/health");
  }

  /**
   * The application started by a command of its own (a container image's entry point, run in a root of its own),
   * which takes these arguments after it; waits until it answers its health check.
   */
  public static ApplicationProcess startCommand(Path workDirectory, List<String> command, List<String> arguments)
      throws IOException {
    return start(workDirectory, command, arguments, "/actuator/health");
  }

  /**
   * Starts a main class of the test class path (the bare engine of a benchmark) on a free port, and waits until
   * {@code readyPath} answers 200 without a login. Under failsafe the class path is one jar whose manifest names
   * the rest, which {@code java -cp} follows.
   */
  public static ApplicationProcess startMainClass(Path workDirectory, List<String> javaOptions, Class<?> mainClass,
      List<String> arguments, String readyPath) throws IOException {
    var what = new ArrayList<>(javaOptions);
    what.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
    return start(workDirectory, java(what), arguments, readyPath);
  }

  /** The command of this JVM's own java with these options. */
  private static List<String> java(List<String> options) {
    var command = new ArrayList<String>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(options);
    return command;
  }

  private static ApplicationProcess start(Path workDirectory, List<String> what, List<String> arguments,
      String readyPath) throws IOException {
    int port = freePort();
    var command = new ArrayList<>(what);
    command.add("--server.port=" + port);
    command.addAll(arguments);
    Path log = Files.createTempFile(workDirectory, "application-", ".log");
    var process = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    var application = new ApplicationProcess(port, process, log);
    application.awaitUp(readyPath);
    return application;
  }

  /** The operating system's id of the process, for {@code jcmd}. */
  public long pid() {
    return process.pid();
  }

  public HttpResponse<String> get(String user, String path) {
    return send(user, password(user), HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A GET with the user's Basic login by that password (one the test set, not the demo's). */
  public HttpResponse<String> getAs(String user, String password, String path) {
    return send(user, password, HttpRequest.newBuilder(uri(path)).GET());
  }

  /** A JSON body, with the user's Basic login; {@code user} null sends no login at all (a bare engine). */
  public HttpResponse<String> postJson(String user, String path, String body) {
    return post(user, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  /** An answer's body read as JSON; one that is not JSON fails with its status and body. */
  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException unreadable) {
      throw new IllegalStateException(response.statusCode() + " " + response.body(), unreadable);
    }
  }

  /** How many tasks of the definition are open, in the year's cycle when a year is given (asked as the admin). */
  public int openTasks(String taskDefinitionKey, Integer year) {
    return json(postJson("admin", "/engine-rest/task/count", taskQuery(taskDefinitionKey, null, year))).get("count")
        .asInt();
  }

  /** The id of an open task of the definition in the year's cycle, of the candidate group when one is given. */
  public String openTask(String taskDefinitionKey, String candidateGroup, int year) {
    var tasks = json(postJson("admin", "/engine-rest/task?maxResults=1", taskQuery(taskDefinitionKey, candidateGroup,
        year)));
    if (tasks.isEmpty()) {
      throw new AssertionError("no open " + taskDefinitionKey + " of " + year);
    }
    return tasks.get(0).get("id").asText();
  }

  private static String taskQuery(String taskDefinitionKey, String candidateGroup, Integer year) {
    return "{\"taskDefinitionKey\": \"" + taskDefinitionKey + "\""
        + (candidateGroup == null ? "" : ", \"candidateGroup\": \"" + candidateGroup + "\"")
        + (year == null ? "" : ", \"processVariables\": [{\"name\": \"year\", \"operator\": \"eq\", \"value\": "
            + year + "}]") + "}";
  }

  public HttpResponse<String> post(String user, String path, String contentType, byte[] body) {
    return send(user, password(user), HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Waits, polling, until the condition holds; false when it did not within the time. */
  public boolean awaitTrue(BooleanSupplier condition, Duration within) {
    var until = Instant.now().plus(within);
    while (Instant.now().isBefore(until)) {
      if (condition.getAsBoolean()) {
        return true;
      }
      pause();
    }
    return condition.getAsBoolean();
  }

  /** kill -9: the process ends at once, mid-transaction, without its shutdown hooks. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** What the application has logged so far. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /**
   * Waits until the demo year the application runs ({@code --maagal.demo.run-year}) logs that it is done; false when a
   * demo year stopped on an error, or it took longer.
   */
  public boolean awaitDemoYear(int year, Duration within) {
    String done = "Demo year " + year + " is done";
    awaitTrue(() -> log().contains(done) || DEMO_YEAR_STOPPED.matcher(log()).find(), within);
    return log().contains(done);
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      // a command that started the application (unshare, which waits for it and ignores SIGTERM) ends with it
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      process.waitFor();
    }
  }

  private void awaitUp(String readyPath) throws IOException {
    boolean up = awaitTrue(() -> {
      if (!process.isAlive()) {
        return false;
      }
      try {
        return http.send(HttpRequest.newBuilder(uri(readyPath)).GET().build(),
            HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
      } catch (IOException | InterruptedException notYet) {
        return false;
      }
    }, START_TIMEOUT);
    if (!up) {
      process.destroyForcibly();
      throw new IllegalStateException("The application did not start; its log:\n" + log());
    }
  }

  /** The demo's password of the user. */
  private static String password(String user) {
    return "admin".equals(user) ? "city-hall-keys" : "ein-karmit-demo";
  }

  private HttpResponse<String> send(String user, String password, HttpRequest.Builder request) {
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException("The application did not answer", failed);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The jar this build packaged. */
  public static Path jar() throws IOException {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(file -> file.getFileName().toString().matches("maagal-.*\\.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("No application jar in target/: run mvn verify"))
          .toAbsolutePath();
    }
  }

  /**
   * The packaged jar extracted once for all the tests of this build ({@code java -Djarmode=tools -jar … extract}):
   * its application jar beside a folder of its libraries, kept under target/ by the jar's time, made in a folder of
   * its own and moved into place whole, so that JVMs that start at once never read half of it.
   */
  static synchronized Path extracted() throws IOException {
    Path jar = jar();
    Path folder = jar.resolveSibling("extracted-" + Files.getLastModifiedTime(jar).toMillis());
    Path application = folder.resolve(jar.getFileName());
    if (Files.exists(application)) {
      return application;
    }
    Path making = Files.createTempDirectory(jar.getParent(), "extracting-");
    Path log = making.resolve("extract.log");
    try {
      int exit = new ProcessBuilder(java(List.of("-Djarmode=tools", "-jar", jar.toString(), "extract",
          "--destination", making.resolve("application").toString()))).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("Extracting " + jar + " failed (" + exit + "): " + Files.readString(log));
      }
      Files.move(making.resolve("application"), folder, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherJvmWasFirst) {
      // its copy is whole: it was moved into place whole
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    } finally {
      FileSystemUtils.deleteRecursively(making);
    }
    return application;
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
