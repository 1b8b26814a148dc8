package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Databases of an embedded PostgreSQL for the packaged application's runs, and the figures read from them. */
public final class PostgresDatabases {

  private PostgresDatabases() {
  }

  /** A new, empty database of that name on the server, for one run of the application. */
  public static DataSource create(EmbeddedPostgres postgres, String name) {
    try (var connection = postgres.getPostgresDatabase().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("create database " + name);
      return postgres.getDatabase("postgres", name);
    } catch (SQLException failed) {
      throw new IllegalStateException("create database " + name, failed);
    }
  }

  /**
   * Flyway brought the database to this release's schema: every migration of src/main/resources/db/migration applied,
   * none failed.
   */
  public static void assertSchemaOfThisRelease(DataSource database) {
    assertThat(number(database, "select count(*) from flyway_schema_history where not success")).as("failed migrations")
        .isZero();
    try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
      int newest = files.map(file -> file.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1"))
          .mapToInt(Integer::parseInt).max().orElseThrow();
      assertThat(number(database, "select max(cast(version as integer)) from flyway_schema_history"))
          .as("the newest migration applied").isEqualTo(newest);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** The one number a query answers (a count, a size). */
  public static long number(DataSource database, String sql) {
    try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException failed) {
      throw new IllegalStateException(sql, failed);
    }
  }
}
