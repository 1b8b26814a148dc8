package org.maagal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's history cleanup runs by itself, every night in its window (application.yaml), and removes what
 * outlived its time to live and nothing else: a mailing job's history (a week) nine days after it ended is gone;
 * one that ended the day before is kept, and so is every ten-year history.
 */
@MaagalIntegrationTest
class HistoryCleanupIntegrationTest {

  static final String MAILING = "mail-notifications";
  /** The processes whose history is kept a week: the mailing jobs and the deadline watch's rounds. */
  static final java.util.List<String> WEEK_LONG = java.util.List.of(MAILING, "deadline-watch");

  @Autowired
  HistoryService history;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void theNightlyCleanupRemovesHistoryPastItsTimeToLiveAndKeepsTheRest() {
    assertThat(history.findHistoryCleanupJobs()).as("scheduled by the engine from the window").isNotEmpty()
        .allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());

    LocalDate today = LocalDate.now();
    ClockUtil.setCurrentTime(at(today, 12));
    String weekOld = mailingJobEnded();
    ClockUtil.setCurrentTime(at(today.plusDays(8), 12));
    String yesterdays = mailingJobEnded();
    long longLived = tenYearHistories();

    // the next night, inside the window: the cleanup job is due, and the job executor would run it
    ClockUtil.setCurrentTime(at(today.plusDays(9), 2));
    for (Job cleanup : history.findHistoryCleanupJobs()) {
      assertThat(cleanup.getDuedate()).as("due by the window's start").isBeforeOrEqualTo(ClockUtil.getCurrentTime());
      management.executeJob(cleanup.getId());
    }

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(weekOld).count())
        .as("past its week").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(weekOld).count()).isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(yesterdays).count())
        .as("within its week").isOne();
    assertThat(tenYearHistories()).as("the ten-year histories").isEqualTo(longLived);
    assertThat(history.findHistoryCleanupJobs()).as("still scheduled, for the next run").isNotEmpty();
  }

  /** The finished instances of every process but the two kept a week (other test classes may have ended some). */
  private long tenYearHistories() {
    return history.createHistoricProcessInstanceQuery().finished().count() - WEEK_LONG.stream()
        .mapToLong(key -> history.createHistoricProcessInstanceQuery().finished().processDefinitionKey(key).count())
        .sum();
  }

  /** A mailing job started and run to its end now, as the job executor runs it. */
  private String mailingJobEnded() {
    String id = runtime.startProcessInstanceByKey(MAILING).getId();
    management.executeJob(management.createJobQuery().processInstanceId(id).singleResult().getId());
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count()).isOne();
    return id;
  }

  private static Date at(LocalDate day, int hour) {
    return Date.from(day.atTime(hour, 0).atZone(ZoneId.systemDefault()).toInstant());
  }
}
