package org.maagal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
