package org.maagal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --maagal.demo.run-year=2027}: once the application is up, a demo year of that cycle runs in the
 * background while the web apps answer; the log says when it is done. {@code --maagal.demo.years=3} runs that
 * many consecutive years, each starting from the one before (its tree, baselines and carried gaps). Only
 * where the demo runs.
 */
@Component
@ConditionalOnProperty("maagal.demo.run-year")
@Profile("demo")
class DemoYearCommand {

  private static final Logger log = LoggerFactory.getLogger(DemoYearCommand.class);

  private final DemoYear demoYear;
  private final int year;
  private final int years;

  DemoYearCommand(DemoYear demoYear, Environment environment) {
    this.demoYear = demoYear;
    this.year = environment.getRequiredProperty("maagal.demo.run-year", Integer.class);
    this.years = environment.getProperty("maagal.demo.years", Integer.class, 1);
  }

  @EventListener(ApplicationReadyEvent.class)
  void runInTheBackground() {
    var worker = new Thread(() -> {
      for (int next = year; next < year + years; next++) {
        try {
          demoYear.run(next);
        } catch (RuntimeException failed) {
          log.error("Demo year {} stopped: {}", next, failed.getMessage(), failed);
          return;
        }
      }
    }, "demo-year-" + year);
    worker.setDaemon(true);
    worker.start();
  }
}
