package org.maagal.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.maagal.Commands;

/**
 * A backup of an embedded PostgreSQL taken and restored with PostgreSQL's own client tools ({@code pg_dump},
 * {@code pg_restore}), as docs/operations.md tells an operator to. Where the tools are missing a test is skipped with
 * a line naming what to install; in CI ({@code MAAGAL_REQUIRE_BROWSER=true}, set by {@code .ci/run}, which installs
 * them) it fails instead.
 */
final class PostgresBackups {

  private final Path directory;

  /** Checks that the tools are here (or skips, or fails in CI); their output goes to files in that directory. */
  PostgresBackups(Path directory) {
    Commands.assumeHere(Commands.installed("pg_dump") && Commands.installed("pg_restore"),
        "no pg_dump or pg_restore on this machine; to run it: apt-get install -y postgresql-client");
    this.directory = directory;
  }

  /** The application's arguments for that database. */
  static List<String> on(EmbeddedPostgres database) {
    return new ArrayList<>(List.of("--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres", "--spring.datasource.password="));
  }

  /** A backup of the whole database into the file, in pg_dump's own (compressed) format. */
  void dump(EmbeddedPostgres database, Path backup) throws Exception {
    run("pg_dump", "--format=custom", "--no-owner", "--host=localhost", "--port=" + database.getPort(),
        "--username=postgres", "--file=" + backup, "postgres");
    assertThat(Files.size(backup)).isPositive();
  }

  /** The backup restored into the database, which must be new and empty; any error stops it. */
  void restore(Path backup, EmbeddedPostgres database) throws Exception {
    run("pg_restore", "--no-owner", "--exit-on-error", "--host=localhost", "--port=" + database.getPort(),
        "--username=postgres", "--dbname=postgres", backup.toString());
  }

  private void run(String... command) throws Exception {
    Commands.run(directory, command);
  }
}
