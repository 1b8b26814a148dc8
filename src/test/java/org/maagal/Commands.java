package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Programs of this machine that tests run (PostgreSQL's client tools, tar): whether they are here, and a run. */
public final class Commands {

  private Commands() {
  }

  /**
   * A test that needs what this machine may lack: skipped where it is missing, with a line saying how to get it; in CI
   * ({@code MAAGAL_REQUIRE_BROWSER=true}, set by {@code .ci/run}, which installs it all) failed instead.
   */
  public static void assumeHere(boolean here, String missing) {
    if (!here && "true".equalsIgnoreCase(System.getenv("MAAGAL_REQUIRE_BROWSER"))) {
      throw new IllegalStateException("required in CI (MAAGAL_REQUIRE_BROWSER=true): " + missing);
    }
    assumeTrue(here, missing);
  }

  /** Whether the program answers {@code --version}. */
  public static boolean installed(String program) {
    try {
      return new ProcessBuilder(program, "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException missing) {
      return false;
    }
  }

  /** Runs the command to its end, its output in a file of the directory; fails with that output unless it succeeds. */
  public static void run(Path directory, String... command) throws Exception {
    Path output = directory.resolve(Path.of(command[0]).getFileName() + ".log");
    var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(output)).isZero();
  }
}
