package org.maagal.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.maagal.organization.Caller;
import org.springframework.stereotype.Component;

/**
 * The demo people at work: each open task is done by the person it is routed to (its assignee, else the
 * first member of its first candidate group), logged in to the engine as that person, so that the history,
 * the authorizations and every "by" in the data name them.
 */
@Component
class DemoPeople {

  private static final Duration JOBS_TIMEOUT = Duration.ofMinutes(5);

  private final TaskService tasks;
  private final IdentityService identity;
  private final ManagementService management;
  private final ProcessEngineConfiguration engine;

  DemoPeople(TaskService tasks, IdentityService identity, ManagementService management,
      ProcessEngineConfiguration engine) {
    this.tasks = tasks;
    this.identity = identity;
    this.management = management;
    this.engine = engine;
  }

  /** Every open task of the definition in the year's cycle, done by its person with the values given for it. */
  void completeAll(int year, String taskDefinitionKey, Function<Task, Map<String, Object>> values) {
    for (Task task : open(year, taskDefinitionKey)) {
      complete(task, values.apply(task));
    }
    awaitJobs();
  }

  /** The person who does the task claims it (unless it is theirs) and completes it with these answers. */
  void complete(Task task, Map<String, Object> answers) {
    String person = personFor(task);
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), person);
    }
    as(person, () -> tasks.complete(task.getId(), answers));
  }

  /** A variable the task's form shows, as Tasklist reads it; null when the task has none. */
  Object variable(Task task, String name) {
    return tasks.getVariable(task.getId(), name);
  }

  List<Task> open(int year, String taskDefinitionKey) {
    return tasks.createTaskQuery().taskDefinitionKey(taskDefinitionKey).processVariableValueEquals("year", year)
        .orderByTaskCreateTime().asc().list();
  }

  /** The person who does the task: its assignee, or the first member of its first candidate group. */
  String personFor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    return tasks.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .flatMap(group -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream())
        .map(user -> user.getId()).findFirst()
        .orElseThrow(() -> new IllegalStateException("Nobody to do task " + task.getName()));
  }

  /** The person as the application's services see a caller: their id and engine groups. */
  Caller caller(String person) {
    return new Caller(person, groupsOf(person));
  }

  /** Runs the work logged in to the engine as the person. */
  void as(String person, Runnable work) {
    identity.setAuthentication(person, groupsOf(person));
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private List<String> groupsOf(String person) {
    return identity.createGroupQuery().groupMember(person).list().stream().map(Group::getId).toList();
  }

  /** Executes the timer the process waits on, as its day would: the next measurement round opens. */
  void fireTimer(String processInstanceId) {
    var timer = management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
    if (timer != null) {
      management.executeJob(timer.getId());
    }
    awaitJobs();
  }

  /**
   * Waits until the asynchronous continuations (a phase's fan-out) are done: the running application's job
   * executor does them; where it is off (the tests), they are executed here.
   */
  void awaitJobs() {
    var jobExecutor = ((ProcessEngineConfigurationImpl) engine).getJobExecutor();
    var deadline = Instant.now().plus(JOBS_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      var waiting = management.createJobQuery().messages().executable().list();
      if (waiting.isEmpty()) {
        return;
      }
      if (jobExecutor == null || !jobExecutor.isActive()) {
        waiting.forEach(job -> management.executeJob(job.getId()));
      } else {
        pause();
      }
    }
    throw new IllegalStateException("The engine's jobs are still waiting after " + JOBS_TIMEOUT);
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the engine's jobs", e);
    }
  }
}
