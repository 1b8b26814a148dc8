package org.maagal.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.maagal.AsyncContinuations;
import org.maagal.TestMail;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.maagal.TasklistUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle's deadlines over three weeks of November 2026, the engine's clock moved by hand and the
 * deadline watch run as its job: due dates in business days, the reminder mail to the task's
 * group only, no second mail when the job runs again, the escalation to the manager above with
 * a task in Tasklist, an audited extension, the CEO and the strategy unit told at the end.
 */
@MaagalIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlinesIntegrationTest {

  static final int YEAR = 2001;

  @RegisterExtension
  static GreenMailExtension mail = TestMail.server();

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeAll
  static void sundayMorningFirstOfNovember2026() {
    clockAt("2026-11-01T09:00:00+02:00");
  }

  @AfterAll
  static void realTime() {
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  void everyTaskIsDueTenBusinessDaysLaterWithItsReminderTwoBusinessDaysBefore() {
    var started = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": 2001}"),
        String.class);
    AsyncContinuations.runAll(management);
    assertThat(started.getStatusCode().value()).isEqualTo(201);

    Task schools = schoolsTask();
    // Sunday 1 Nov + 10 business days (no Fridays, no Saturdays) = Sunday 15 Nov, end of the working day
    assertThat(schools.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-11-15T14:00:00Z"));
    // two business days before Sunday 15 Nov, Friday and Saturday skipped: Wednesday 11 Nov, in the morning
    assertThat(schools.getFollowUpDate().toInstant()).isEqualTo(Instant.parse("2026-11-11T07:00:00Z"));
  }

  @Test
  @Order(2)
  void theReminderGoesToTheTasksGroupOnlyAndOnlyOnce() throws Exception {
    var choice = rest.withBasicAuth("guy-hefetz", "ein-karmit-demo").exchange("/api/me/notifications",
        org.springframework.http.HttpMethod.PUT, json("{\"dailyDigest\": true}"), String.class);
    assertThat(choice.getStatusCode().value()).isEqualTo(200);
    clockAt("2026-11-12T10:00:00+02:00");

    runTheDeadlineWatch();
    var reminders = schoolsRemindersTo("yael-dror@ein-karmit.example");
    runTheDeadlineWatch();

    assertThat(reminders).hasSize(1);
    assertThat(reminders.get(0).getSubject()).isEqualTo("תזכורת: \"הערכת מצב: מחלקת בתי ספר\" עד 15/11/2026");
    assertThat((String) reminders.get(0).getContent()).contains("/camunda/app/tasklist/default/#/?task="
        + schoolsTask().getId());
    assertThat(schoolsRemindersTo("yael-dror@ein-karmit.example")).as("the job ran again: no second mail")
        .hasSize(1);
    assertThat(messagesTo("hila-carmeli@ein-karmit.example")).noneMatch(message -> subject(message)
        .contains("מחלקת בתי ספר"));
    var sportManager = messagesTo("guy-hefetz@ein-karmit.example");
    assertThat(sportManager).as("one daily digest instead of a mail per task, even when the watch runs again")
        .singleElement().satisfies(digest -> {
          assertThat(subject(digest)).startsWith("סיכום יומי:");
          assertThat((String) digest.getContent()).contains("הערכת מצב: מחלקת ספורט");
        });
    // other tests' messages may have no address, and so no "email" field
    var outbox = PagedList.walk(rest, "noa-barak", "/api/notifications", 500).items();
    assertThat(outbox.toString()).contains("תזכורת: \\\"הערכת מצב: מחלקת בתי ספר\\\"");
    assertThat(outbox).filteredOn(message -> "yael-dror@ein-karmit.example".equals(message.path("email").asText()))
        .as("the mail server's answer is recorded").isNotEmpty()
        .allSatisfy(message -> assertThat(message.get("confirmedAt").isNull()).isFalse());
  }

  @Test
  @Order(3)
  void aMessageTheMailServerNeverConfirmedIsListedForTheStrategyUnit() {
    // a node marked it mailed an hour ago and died before the mail server answered its end of data
    jdbc.update("insert into notification (id, lock, kind, recipient, email, dedup_key, subject, body, created_at,"
        + " mailed_at, mailed_by) values (987654321, 1, 'REMINDER', 'yael-dror', 'yael-dror@ein-karmit.example',"
        + " 'unconfirmed-in-the-test', 'תזכורת שלא אושרה', 'גוף', ?, ?, 'node-killed')",
        Timestamp.from(ClockUtil.now().toInstant().minusSeconds(7200)),
        Timestamp.from(ClockUtil.now().toInstant().minusSeconds(3600)));
    try {
      var unconfirmed = PagedList.walk(rest, "noa-barak", "/api/notifications/unconfirmed", 50).items();
      assertThat(unconfirmed).singleElement().satisfies(message -> {
        assertThat(message.get("id").asLong()).isEqualTo(987654321L);
        assertThat(message.get("mailedBy").asText()).isEqualTo("node-killed");
      });
      assertThat(rest.withBasicAuth("yael-dror", "ein-karmit-demo").getForEntity("/api/notifications/unconfirmed", String.class)
          .getStatusCode().value()).as("a department manager").isEqualTo(403);

      // sent again by the strategy unit: waiting once more, with a mailing job for it; not a second time, not by others
      var byTheManager = rest.withBasicAuth("yael-dror", "ein-karmit-demo")
          .postForEntity("/api/notifications/987654321/resend", null, String.class);
      assertThat(byTheManager.getStatusCode().value()).isEqualTo(403);
      long mailingJobs = management.createJobQuery().processDefinitionKey("mail-notifications").count();
      var resent = rest.withBasicAuth("noa-barak", "ein-karmit-demo")
          .postForEntity("/api/notifications/987654321/resend", null, String.class);
      assertThat(resent.getStatusCode().value()).as(resent.getBody()).isEqualTo(200);
      assertThat(jdbc.queryForObject("select count(*) from notification where id = 987654321 and mailed_at is null"
          + " and mailed_by is null", Long.class)).as("waiting again").isOne();
      assertThat(management.createJobQuery().processDefinitionKey("mail-notifications").count())
          .as("a mailing job for it").isGreaterThan(mailingJobs);
      var again = rest.withBasicAuth("noa-barak", "ein-karmit-demo")
          .postForEntity("/api/notifications/987654321/resend", null, String.class);
      assertThat(again.getStatusCode().value()).as("no longer unconfirmed").isEqualTo(409);
      assertThat(again.getHeaders().getContentType()).hasToString("application/problem+json");
      assertThat(rest.withBasicAuth("noa-barak", "ein-karmit-demo")
          .postForEntity("/api/notifications/987654320/resend", null, String.class).getStatusCode().value())
          .isEqualTo(404);
    } finally {
      jdbc.update("delete from notification where id = 987654321");
    }
  }

  @Test
  @Order(4)
  void aTaskLateByABusinessDayEscalatesToTheHeadOfTheDivisionWithATaskInTasklist() throws Exception {
    var reason = rest.withBasicAuth("yael-dror", "ein-karmit-demo").exchange("/api/tasks/" + schoolsTask().getId()
        + "/late-reason", org.springframework.http.HttpMethod.PUT, json("{\"reason\":\"מחכים לנתוני משרד החינוך\"}"),
        String.class);
    assertThat(reason.getStatusCode().value()).isEqualTo(204);
    clockAt("2026-11-16T17:00:00+02:00");

    runTheDeadlineWatch();
    runTheDeadlineWatch();

    var headOfEducation = new TasklistUser(rest, "orna-katz");
    var escalations = headOfEducation.tasks("handleEscalation", YEAR).stream()
        .filter(task -> task.get("name").asText().contains("מחלקת בתי ספר")).toList();
    assertThat(escalations).as("one escalation task, though the watch ran twice").hasSize(1);
    assertThat(escalations.get(0).get("assignee").asText()).isEqualTo("orna-katz");
    assertThat(messagesTo("orna-katz@ein-karmit.example")).anySatisfy(message ->
        assertThat(subject(message)).isEqualTo("הסלמה: \"הערכת מצב: מחלקת בתי ספר\" באיחור של 1 ימי עבודה"));
    var late = lateTasks();
    var schoolsLate = find(late, schoolsTask().getId());
    assertThat(schoolsLate.get("lateBusinessDays").asInt()).isEqualTo(1);
    assertThat(schoolsLate.get("reason").asText()).isEqualTo("מחכים לנתוני משרד החינוך");
    assertThat(schoolsLate.get("reasonBy").asText()).isEqualTo("yael-dror");
  }

  @Test
  @Order(5)
  void theHeadOfTheDivisionExtendsTheDeadlineWithAReasonAndTheExtensionIsKept() {
    var headOfEducation = new TasklistUser(rest, "orna-katz");
    String escalation = headOfEducation.tasks("handleEscalation", YEAR).stream()
        .filter(task -> task.get("name").asText().contains("מחלקת בתי ספר")).findFirst().orElseThrow()
        .get("id").asText();

    headOfEducation.complete(escalation, Map.of("action", "extend", "extendDays", 3,
        "reason", "המחלקה מחכה לנתונים חיצוניים"));

    // from Monday 16 Nov (today, after the passed due date) three business days: Thursday 19 Nov
    assertThat(schoolsTask().getDueDate().toInstant()).isEqualTo(Instant.parse("2026-11-19T14:00:00Z"));
    clockAt("2026-11-20T10:00:00+02:00");
    var late = lateTasks();
    var extension = find(late, schoolsTask().getId()).get("changes").get(0);
    assertThat(extension.get("kind").asText()).isEqualTo("EXTEND");
    assertThat(extension.get("previousDue").asText()).isEqualTo("2026-11-15T14:00:00Z");
    assertThat(extension.get("newDue").asText()).isEqualTo("2026-11-19T14:00:00Z");
    assertThat(extension.get("reason").asText()).isEqualTo("המחלקה מחכה לנתונים חיצוניים");
    assertThat(extension.get("changedBy").asText()).isEqualTo("orna-katz");
    assertThat(find(late, schoolsTask().getId()).get("lateBusinessDays").asInt()).as("Friday is no business day")
        .isZero();
  }

  @Test
  @Order(6)
  void theHeadOfTheDivisionHandsALateTaskOnlyToSomeoneOfItsDepartment() {
    var headOfEducation = new TasklistUser(rest, "orna-katz");
    String escalation = headOfEducation.tasks("handleEscalation", YEAR).stream()
        .filter(task -> task.get("name").asText().contains("מחלקת נוער וצעירים")).findFirst().orElseThrow()
        .get("id").asText();
    Task youth = tasks.createTaskQuery().taskDefinitionKey("submitDepartmentAssessment")
        .taskCandidateGroup("dept-youth").processVariableValueEquals("year", YEAR).singleResult();

    var outsider = headOfEducation.submit(escalation, Map.of("action", "reassign", "newAssignee", "ofer-lavi",
        "reason", "להעביר"));
    headOfEducation.complete(escalation, Map.of("action", "reassign", "newAssignee", "itay-ron",
        "reason", "מנהל המחלקה ישלים השבוע"));

    assertThat(outsider.getStatusCode().value()).isEqualTo(400);
    assertThat(outsider.getBody()).contains("המשימה עוברת רק למי שבקבוצה שלה");
    assertThat(tasks.createTaskQuery().taskId(youth.getId()).singleResult().getAssignee()).isEqualTo("itay-ron");
    var late = lateTasks();
    var change = find(late, youth.getId()).get("changes").get(0);
    assertThat(change.get("kind").asText()).isEqualTo("REASSIGN");
    assertThat(change.get("newAssignee").asText()).isEqualTo("itay-ron");
    assertThat(change.get("changedBy").asText()).isEqualTo("orna-katz");
  }

  @Test
  @Order(7)
  void aTaskStillLateAfterTheEscalationReachesTheCeoAndTheStrategyUnit() throws Exception {
    clockAt("2026-11-23T17:00:00+02:00");

    runTheDeadlineWatch();

    assertThat(messagesTo("avner-golan@ein-karmit.example")).anySatisfy(message ->
        assertThat(subject(message)).startsWith("איחור מתמשך: \"הערכת מצב: מחלקת ספורט\""));
    assertThat(messagesTo("noa-barak@ein-karmit.example")).anySatisfy(message ->
        assertThat(subject(message)).startsWith("איחור מתמשך: \"הערכת מצב: מחלקת ספורט\""));
    assertThat(messagesTo("avner-golan@ein-karmit.example")).noneMatch(message ->
        subject(message).startsWith("איחור מתמשך: \"הערכת מצב: מחלקת בתי ספר\""));
  }

  @Test
  @Order(8)
  void theStrategyUnitChangesTheCyclesCalendarAndADepartmentCannot() {
    var changed = rest.withBasicAuth("noa-barak", "ein-karmit-demo").exchange("/api/cycles/2001/calendar/castVote",
        org.springframework.http.HttpMethod.PUT, json("{\"due\":7,\"reminderBefore\":2,\"escalateAfter\":1,"
            + "\"escalateToCeoAfter\":3}"), JsonNode.class);
    var refused = rest.withBasicAuth("yael-dror", "ein-karmit-demo").exchange("/api/cycles/2001/calendar/castVote",
        org.springframework.http.HttpMethod.PUT, json("{\"due\":30,\"reminderBefore\":2,\"escalateAfter\":1,"
            + "\"escalateToCeoAfter\":3}"), String.class);
    var invalid = rest.withBasicAuth("noa-barak", "ein-karmit-demo").exchange("/api/cycles/2001/calendar/castVote",
        org.springframework.http.HttpMethod.PUT, json("{\"due\":2,\"reminderBefore\":5,\"escalateAfter\":1,"
            + "\"escalateToCeoAfter\":3}"), String.class);

    assertThat(changed.getStatusCode().value()).isEqualTo(200);
    assertThat(changed.getBody().get("changedBy").asText()).isEqualTo("noa-barak");
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(invalid.getStatusCode().value()).isEqualTo(400);
    var calendar = rest.withBasicAuth("yael-dror", "ein-karmit-demo").getForEntity("/api/cycles/2001/calendar", JsonNode.class)
        .getBody();
    assertThat(calendar.toString()).contains("\"task\":\"castVote\",\"due\":7");
  }

  private Task schoolsTask() {
    return tasks.createTaskQuery().taskDefinitionKey("submitDepartmentAssessment").taskCandidateGroup("dept-schools")
        .processVariableValueEquals("year", YEAR).singleResult();
  }

  /** A round of the watch as its timer job, then the mailing jobs it starts, as the job executor would. */
  private void runTheDeadlineWatch() {
    var watch = management.createJobQuery().processDefinitionKey("deadline-watch").timers().singleResult();
    management.executeJob(watch.getId());
    AsyncContinuations.runAll(management);
  }

  /** The mails to the address about this test's cycle: a task of it, or a daily digest (other tests' cycles mail too). */
  private List<MimeMessage> messagesTo(String address) {
    var cycleTasks = history.createHistoricTaskInstanceQuery().processVariableValueEquals("year", YEAR).list().stream()
        .map(task -> "?task=" + task.getId()).toList();
    return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
      try {
        if (!(message.getContent() instanceof String body)) {
          return false; // a meeting's invitation, with its calendar part: not a reminder
        }
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
            .anyMatch(recipient -> recipient.toString().equals(address))
            && (subject(message).startsWith("סיכום יומי:") || cycleTasks.stream().anyMatch(body::contains));
      } catch (jakarta.mail.MessagingException | java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private List<MimeMessage> schoolsRemindersTo(String address) {
    return messagesTo(address).stream().filter(message -> subject(message).startsWith("תזכורת")
        && subject(message).contains("מחלקת בתי ספר")).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<JsonNode> lateTasks() {
    return PagedList.walk(rest, "noa-barak", "/api/cycles/2001/late-tasks", 500).items();
  }

  private static JsonNode find(List<JsonNode> list, String taskId) {
    for (JsonNode item : list) {
      if (item.get("taskId").asText().equals(taskId)) {
        return item;
      }
    }
    throw new AssertionError("task " + taskId + " not in " + list);
  }

  private static void clockAt(String isoTime) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(isoTime).toInstant()));
  }
}
