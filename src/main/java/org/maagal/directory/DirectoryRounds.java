package org.maagal.directory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Reads the directory once the application is up (before it is reported ready, so that its people are there), and
 * again every interval. A round that fails is logged and the next one tries again; the engine's own accounts (the
 * break-glass admin) sign in meanwhile.
 */
class DirectoryRounds implements ApplicationListener<ApplicationReadyEvent>, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DirectoryRounds.class);

  private final DirectorySync sync;
  private final Duration interval;
  private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(task -> {
    var thread = new Thread(task, "directory-sync");
    thread.setDaemon(true);
    return thread;
  });

  DirectoryRounds(DirectorySync sync, Duration interval) {
    this.sync = sync;
    this.interval = interval;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent ready) {
    round();
    long seconds = Math.max(60, interval.toSeconds());
    rounds.scheduleWithFixedDelay(this::round, seconds, seconds, TimeUnit.SECONDS);
  }

  private void round() {
    try {
      sync.synchronize();
    } catch (RuntimeException failed) {
      log.error("Reading the directory failed; the next round is in {}", interval, failed);
    }
  }

  @Override
  public void close() {
    rounds.shutdownNow();
  }
}
