package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A JFR recording of an application process while a benchmark measures it, when {@code -Dbench.jfr} names a file
 * ({@code -Dbench.jfr=/tmp/burst.jfr}: one file an application, its name before the extension); nothing otherwise.
 */
public record JfrRecording(long pid, String file) {

  private static final String FILE = System.getProperty("bench.jfr", "");

  /** Deep stacks when recording, so that every sample reaches the servlet filters or the job it runs in. */
  public static List<String> javaOptions() {
    return FILE.isBlank() ? List.of() : List.of("-XX:FlightRecorderOptions:stackdepth=1024");
  }

  /**
   * The same, recording from the JVM's start until it ends, into the file named by -Dbench.jfr with {@code name} before
   * its extension: for an application that begins its work as it starts (the demo's year runner).
   */
  public static List<String> javaOptionsRecordingFromTheStart(String name) {
    return FILE.isBlank() ? List.of() : List.of("-XX:FlightRecorderOptions:stackdepth=1024",
        "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + fileFor(name));
  }

  private static String fileFor(String name) {
    return FILE.replaceFirst("(\\.jfr)?$", "-" + name + ".jfr");
  }

  /** Starts recording the application into the file named by -Dbench.jfr, with {@code name} before its extension. */
  public static JfrRecording startIfAsked(ApplicationProcess application, String name)
      throws IOException, InterruptedException {
    var recording = new JfrRecording(application.pid(), fileFor(name));
    recording.jcmd("JFR.start", "name=maagal-bench", "settings=profile", "filename=" + recording.file);
    return recording;
  }

  public void stop() throws IOException, InterruptedException {
    jcmd("JFR.stop", "name=maagal-bench");
  }

  private void jcmd(String... command) throws IOException, InterruptedException {
    if (FILE.isBlank()) {
      return;
    }
    var arguments = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
    arguments.addAll(List.of(command));
    var jcmd = new ProcessBuilder(arguments).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(jcmd.waitFor()).as(output).isZero();
  }
}
