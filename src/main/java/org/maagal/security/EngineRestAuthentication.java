package org.maagal.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's Basic login filter for {@code /engine-rest}, unchanged but for where it finds the engine: the
 * application's one engine, given here, instead of a {@code ServiceLoader} lookup on every request, which reads
 * the service files of every jar nested in the packaged application (2–3% of a task completion's time in
 * {@code EngineOverheadApplicationBenchmark}'s profile). As Camunda's own lookup, a request addressed to another
 * engine's name finds none and is answered 404.
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine engine;

  EngineRestAuthentication(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return engine.getName().equals(engineName) ? engine : null;
  }
}
