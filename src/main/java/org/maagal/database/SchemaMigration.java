package org.maagal.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Brings the application's tables to the newest migration on start. A database that an earlier
 * Maagal made before its schema was migrated (its tables written by Hibernate, no migration history)
 * is taken as version 1, the schema of that release, and migrated on from there; the engine's own
 * tables may already stand beside ours (baseline-on-migrate at version 0 in application.yaml).
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

  private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
  /** A table of the first release: where it stands without a history, the release made it. */
  private static final String FIRST_RELEASE_TABLE = "planning_cycle";

  @Override
  public void migrate(Flyway flyway) {
    if (flyway.info().applied().length == 0 && madeByTheFirstRelease(flyway.getConfiguration().getDataSource())) {
      log.info("The application's tables come from a release before schema migrations: taken as version 1");
      Flyway.configure().configuration(flyway.getConfiguration()).baselineVersion("1")
          .baselineDescription("tables of the release before migrations").load().baseline();
    }
    flyway.migrate();
  }

  private static boolean madeByTheFirstRelease(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      var metadata = connection.getMetaData();
      for (String name : new String[] {FIRST_RELEASE_TABLE, FIRST_RELEASE_TABLE.toUpperCase()}) {
        try (var tables = metadata.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
          if (tables.next()) {
            return true;
          }
        }
      }
      return false;
    } catch (SQLException unreadable) {
      throw new IllegalStateException("The database cannot be read to migrate its schema", unreadable);
    }
  }
}
