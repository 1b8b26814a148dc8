package org.maagal.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.maagal.AsyncContinuations;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo clock while the engine's job executor runs the deadline watch's timer at the same
 * moments: every call answers, the timer stays one, and no message is written twice.
 */
@MaagalIntegrationTest
class TimeTravelIntegrationTest {

  static final int YEAR = 2039;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void twentyCallsInARowAnswerWhileTheJobExecutorRunsTheWatchAndTheTimerStaysOne() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    AsyncContinuations.runAll(management);
    String schoolsTask = tasks.createTaskQuery().taskDefinitionKey("submitDepartmentAssessment")
        .taskCandidateGroup("dept-schools").processVariableValueEquals("year", YEAR).singleResult().getId();

    // the job executor's part, as it does it: run the timer when it is due, let an optimistic lock conflict pass
    var stop = new AtomicBoolean();
    var executorRounds = new AtomicInteger();
    var executor = CompletableFuture.runAsync(() -> {
      while (!stop.get()) {
        LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        for (Job timer : management.createJobQuery().processDefinitionKey("deadline-watch").timers().executable()
            .list()) {
          try {
            management.executeJob(timer.getId());
            executorRounds.incrementAndGet();
          } catch (OptimisticLockingException | org.camunda.bpm.engine.exception.NullValueException gone) {
            // another round took this job first: the executor skips it too
          }
        }
      }
    });

    var statuses = new ArrayList<Integer>();
    for (int call = 0; call < 20; call++) {
      statuses.add(rest.withBasicAuth("admin", "city-hall-keys").postForEntity("/api/admin/time-travel", json("{\"days\": 1}"),
          String.class).getStatusCode().value());
      assertThat(deadlineWatchTimers()).hasSize(1);
    }
    stop.set(true);
    executor.join();

    assertThat(statuses).hasSize(20).containsOnly(200);
    assertThat(executorRounds.get()).isPositive();
    assertThat(deadlineWatchTimers()).hasSize(1);
    var remindersOfTheTask = jdbc.queryForList(
        "select recipient from notification where task_id = ? and kind = 'REMINDER'", String.class, schoolsTask);
    assertThat(remindersOfTheTask).isNotEmpty().doesNotHaveDuplicates();
  }

  private java.util.List<Job> deadlineWatchTimers() {
    return management.createJobQuery().processDefinitionKey("deadline-watch").timers().list();
  }
}
