package org.maagal;

import java.util.ArrayList;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The integration tests' profiles: the demo municipality and the test settings, on H2 in memory;
 * with {@code -Dmaagal.test.database=postgres} (the build's second integration-test run) on an
 * embedded PostgreSQL as well.
 */
public final class TestProfiles implements ActiveProfilesResolver {

  static final String POSTGRES = "postgres-test";

  @Override
  public String[] resolve(Class<?> testClass) {
    var profiles = new ArrayList<String>();
    profiles.add("demo");
    profiles.add("test");
    if ("postgres".equals(System.getProperty("maagal.test.database"))) {
      profiles.add(POSTGRES);
    }
    return profiles.toArray(String[]::new);
  }
}
