package org.maagal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Basic login filter of /engine-rest finds the application's engine by its name, and no other. */
class EngineRestAuthenticationTest {

  static ProcessEngine engine;

  @BeforeAll
  static void startEngine() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("engine-rest-authentication-test");
    configuration.setJdbcUrl("jdbc:h2:mem:engine-rest-authentication-test;DB_CLOSE_DELAY=-1");
    engine = configuration.buildProcessEngine();
  }

  @AfterAll
  static void closeEngine() {
    engine.close();
  }

  @Test
  void aRequestToTheApplicationsEngineFindsItWithoutALookUp() {
    var filter = new EngineRestAuthentication(engine);

    assertThat(filter.getAddressedEngine("engine-rest-authentication-test")).isSameAs(engine);
  }

  @Test
  void aRequestToAnotherEngineFindsNoneAndIsAnswered404() {
    var filter = new EngineRestAuthentication(engine);

    assertThat(filter.getAddressedEngine("default")).isNull();
    assertThat(filter.getAddressedEngine("another-engine")).isNull();
  }
}
