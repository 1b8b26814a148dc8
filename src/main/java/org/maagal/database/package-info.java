/**
 * The application's database schema: Flyway migrations in {@code db/migration} (one portable SQL
 * file per change, for H2 and PostgreSQL) and the start-up step that applies them. The engine keeps
 * its own tables; Hibernate only validates ours.
 */
@ApplicationModule(displayName = "Database schema", allowedDependencies = {})
package org.maagal.database;

import org.springframework.modulith.ApplicationModule;
