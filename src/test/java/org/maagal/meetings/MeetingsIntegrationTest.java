package org.maagal.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maagal.AsyncContinuations;
import org.maagal.CycleFastForward;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.calendar.IsraeliBusinessCalendar;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Committee meetings as the strategy unit runs them through the API: a year placed by each committee's cadence; a
 * steering meeting that lacks its quorum decides nothing and its item moves on; the next one ties, votes again and
 * approves the goal tree, which the goal planning then freezes; the action item it gave is a task of the
 * department, escalated to the head of its division when it is late; who may read and write which meeting.
 */
@MaagalIntegrationTest
class MeetingsIntegrationTest {

  static final int PLANNED_YEAR = 2009;
  static final int YEAR = 2010;
  /** The programme's focus is decided for this year, and holds for the next. */
  static final int FOCUS_YEAR = 2011;
  /** A Sunday, a business day in Israel: the meetings of the test are held on it. */
  static final LocalDate MEETING_DAY = LocalDate.of(2026, 11, 1);
  static final List<String> STEERING = List.of("michal-ben-ami", "avner-golan", "eli-mizrahi", "noa-barak",
      "orna-katz", "irit-gal");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IsraeliBusinessCalendar businessDays;
  @Autowired
  MeetingPlanner planner;

  @BeforeAll
  static void sundayMorning() {
    clockAt(MEETING_DAY.atTime(9, 0));
  }

  @AfterAll
  static void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aYearIsPlacedByEachCommitteesCadenceOnItsWeekdayOrTheNextBusinessDay() {
    start(PLANNED_YEAR);
    var refused = as("yael-dror").send(HttpMethod.POST, "/api/meetings/plan?year=" + PLANNED_YEAR, "{}");
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getBody().get("detail").asText()).contains("היחידה לתכנון אסטרטגי");

    // as a cycle's start does: the job executor plans the year, after the start has been answered
    planner.planLater(PLANNED_YEAR);
    assertThat(as("noa-barak").get("/api/meetings?year=" + PLANNED_YEAR, JsonNode.class).getBody()).isEmpty();
    AsyncContinuations.runAll(management);
    var planned = as("noa-barak").get("/api/meetings?year=" + PLANNED_YEAR, JsonNode.class).getBody();

    var byCommittee = new java.util.TreeMap<String, List<JsonNode>>();
    planned.forEach(m -> byCommittee.computeIfAbsent(m.get("committeeId").asText(), k -> new java.util.ArrayList<>())
        .add(m));
    assertThat(byCommittee.keySet()).containsExactly("design", "steering", "team-economic", "team-educational",
        "team-social", "team-urban");
    assertThat(byCommittee.values()).allSatisfy(meetings -> assertThat(meetings).hasSize(4));
    var steering = byCommittee.get("steering").stream().map(m -> LocalDateTime.parse(m.get("startsAt").asText()))
        .toList();
    assertThat(steering).allSatisfy(when -> {
      assertThat(businessDays.isBusinessDay(when.toLocalDate())).isTrue();
      assertThat(when.toLocalTime()).hasToString("10:00");
    });
    // the first ten business days after the cycle opened, on its weekday (Sunday) or the next business day
    assertThat(steering.get(0).toLocalDate()).isAfter(businessDays.addBusinessDays(MEETING_DAY, 9));
    assertThat(steering.get(1).toLocalDate()).isAfterOrEqualTo(steering.get(0).toLocalDate().plusMonths(3));
    assertThat(steering.get(0).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    // a meeting's process waits until its agenda opens, ten business days before it, at eight in the morning
    var second = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey("meeting-" + byCommittee.get("steering").get(1).get("id").asLong()).singleResult();
    var timer = management.createJobQuery().processInstanceId(second.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(businessDays.addBusinessDays(
        steering.get(1).toLocalDate(), -10).atTime(8, 0), java.time.ZoneId.of("Asia/Jerusalem")).toInstant()));
    var again = as("noa-barak").send(HttpMethod.POST, "/api/meetings/plan?year=" + PLANNED_YEAR, "{}").getBody();
    assertThat(again).as("a year that has meetings keeps them").isEmpty();
  }

  @Test
  void aMeetingWithoutQuorumDecidesNothingAndTheNextApprovesTheGoalTreeByTheVoteOfThosePresent() {
    start(YEAR);
    toTheSteeringDecision(YEAR);
    var noa = as("noa-barak");

    // a meeting without its quorum: two of six present, three needed
    long first = addMeeting(MEETING_DAY.atTime(8, 0));
    var agenda = meeting(first).get("agenda");
    assertThat(agenda).singleElement().satisfies(item -> {
      assertThat(item.get("title").asText()).isEqualTo("אישור עץ המטרות " + YEAR + " (גרסה 1)");
      assertThat(item.get("kind").asText()).isEqualTo("DECISION");
      assertThat(item.get("link").asText()).isEqualTo("/goals/?year=" + YEAR + "&diff=1");
    });
    noa.complete(noa.task("prepareAgenda", YEAR), Map.of("agendaReady", true));
    var invitations = jdbc.queryForList("select recipient, attachment from notification where dedup_key like ?",
        "meeting-" + first + "-0-%");
    assertThat(invitations).extracting(row -> row.get("RECIPIENT")).containsExactlyInAnyOrderElementsOf(STEERING);
    assertThat((String) invitations.get(0).get("ATTACHMENT")).contains("METHOD:REQUEST", "ועדת היגוי");

    var attendance = noa.send(HttpMethod.PUT, "/api/meetings/" + first + "/attendance",
        "{\"present\":[\"noa-barak\",\"eli-mizrahi\"]}").getBody();
    assertThat(attendance.get("quorumMet").asBoolean()).isFalse();
    assertThat(attendance.get("quorum").asInt()).isEqualTo(3);
    long item = agenda.get(0).get("id").asLong();
    var noVote = noa.send(HttpMethod.POST, "/api/meetings/" + first + "/items/" + item + "/votes",
        "{\"votes\":{\"noa-barak\":\"for\",\"eli-mizrahi\":\"for\"}}");
    assertThat(noVote.getStatusCode().value()).isEqualTo(409);
    assertThat(noVote.getBody().get("detail").asText()).contains("אין מניין");
    noa.complete(noa.task("recordMeeting", YEAR), Map.of("meetingSummary", "לא היה מניין; הנושא יעלה בישיבה הבאה."));

    assertThat(waitsForTheSteeringCommittee()).as("nothing was decided").isTrue();
    var held = meeting(first);
    assertThat(held.get("status").asText()).isEqualTo("HELD");
    assertThat(held.at("/agenda/0/votes/0/outcome").asText()).isEqualTo("NO_QUORUM");
    var chair = as("avner-golan");
    chair.complete(chair.task("approveMinutes", YEAR), Map.of("minutesDecision", "approve"));
    assertThat(meeting(first).get("status").asText()).isEqualTo("MINUTES_APPROVED");

    // the next meeting: four present; a tie, then a second round approves
    long second = addMeeting(MEETING_DAY.atTime(8, 30));
    assertThat(meeting(second).get("agenda")).singleElement().satisfies(moved -> {
      assertThat(moved.get("id").asLong()).isEqualTo(item);
      assertThat(moved.get("timesMoved").asInt()).isEqualTo(1);
    });
    noa.complete(noa.task("prepareAgenda", YEAR), Map.of("agendaReady", true));
    noa.send(HttpMethod.PUT, "/api/meetings/" + second + "/attendance",
        "{\"present\":[\"noa-barak\",\"eli-mizrahi\",\"avner-golan\",\"irit-gal\"]}");
    var strangerVotes = noa.send(HttpMethod.POST, "/api/meetings/" + second + "/items/" + item + "/votes",
        "{\"votes\":{\"noa-barak\":\"for\",\"eli-mizrahi\":\"for\",\"avner-golan\":\"for\",\"michal-ben-ami\":\"for\"}}");
    assertThat(strangerVotes.getStatusCode().value()).as("an absent member does not vote").isEqualTo(400);
    var tie = noa.send(HttpMethod.POST, "/api/meetings/" + second + "/items/" + item + "/votes",
        "{\"votes\":{\"noa-barak\":\"for\",\"eli-mizrahi\":\"for\",\"avner-golan\":\"against\",\"irit-gal\":\"against\"},"
            + "\"wording\":\"הנושא יידון שוב\"}").getBody();
    assertThat(tie.at("/agenda/0/votes/0/outcome").asText()).isEqualTo("TIE");
    var approved = noa.send(HttpMethod.POST, "/api/meetings/" + second + "/items/" + item + "/votes",
        "{\"votes\":{\"noa-barak\":\"for\",\"eli-mizrahi\":\"for\",\"avner-golan\":\"for\",\"irit-gal\":\"abstain\"},"
            + "\"wording\":\"עץ המטרות מאושר\"}").getBody();
    assertThat(approved.at("/agenda/0/votes/1/outcome").asText()).isEqualTo("APPROVED");
    assertThat(approved.at("/agenda/0/votes/1/inFavour").asInt()).isEqualTo(3);
    var action = noa.send(HttpMethod.POST, "/api/meetings/" + second + "/action-items",
        "{\"what\":\"להציג לוועדה את תכנית החוגים לשנה הבאה\",\"ownerKind\":\"DEPARTMENT\",\"ownerId\":\"schools\","
            + "\"dueInBusinessDays\":5}");
    assertThat(action.getStatusCode().value()).isEqualTo(200);
    var badAction = noa.send(HttpMethod.POST, "/api/meetings/" + second + "/action-items",
        "{\"what\":\"\",\"ownerKind\":\"DEPARTMENT\",\"ownerId\":\"no-such\",\"dueInBusinessDays\":500}");
    assertThat(badAction.getStatusCode().value()).isEqualTo(400);
    assertThat(badAction.getBody().get("detail").asText()).contains("אחראי", "ימי עבודה");

    // who reads the meeting: a member of the committee and the strategy unit; not a department, not another committee
    assertThat(as("eli-mizrahi").get("/api/meetings/" + second, JsonNode.class).getStatusCode().value()).isEqualTo(200);
    assertThat(as("yael-dror").get("/api/meetings/" + second, JsonNode.class).getStatusCode().value()).isEqualTo(403);
    assertThat(as("ofer-lavi").get("/api/meetings/" + second, JsonNode.class).getStatusCode().value()).isEqualTo(403);
    assertThat(as("yael-dror").get("/api/meetings?year=" + YEAR, JsonNode.class).getBody()).isEmpty();
    assertThat(as("eli-mizrahi").send(HttpMethod.PUT, "/api/meetings/" + second + "/minutes", "{\"summary\":\"x\"}")
        .getStatusCode().value()).as("a member does not write the record").isEqualTo(403);

    noa.complete(noa.task("recordMeeting", YEAR), Map.of("meetingSummary", "עץ המטרות אושר בסבב השני."));
    AsyncContinuations.runAll(management);

    var tree = noa.get("/api/cycles/" + YEAR + "/goals", JsonNode.class).getBody();
    assertThat(tree.get("status").asText()).isEqualTo("APPROVED");
    assertThat(tree.get("approvedBy").asText()).isEqualTo("ועדת היגוי, ישיבה 1.11.2026");
    assertThat(waitsForTheSteeringCommittee()).isFalse();

    // the action item is the schools department's task, due five business days after the meeting
    var schools = as("yael-dror");
    var actionTask = schools.tasks("doActionItem", YEAR);
    assertThat(actionTask).singleElement().satisfies(task -> {
      assertThat(task.get("name").asText()).isEqualTo("משימה מישיבת ועדת היגוי: להציג לוועדה את תכנית החוגים לשנה הבאה");
      assertThat(task.get("due").asText()).startsWith(businessDays.addBusinessDays(MEETING_DAY, 5).toString());
    });

    // late by the calendar's days, it is escalated to the head of the education division
    clockAt(businessDays.addBusinessDays(MEETING_DAY, 9).atTime(17, 0));
    var watch = management.createJobQuery().processDefinitionKey("deadline-watch").timers().singleResult();
    management.executeJob(watch.getId());
    AsyncContinuations.runAll(management);
    var escalations = as("orna-katz").tasks("handleEscalation", YEAR);
    assertThat(escalations).filteredOn(escalation -> escalation.get("name").asText()
        .contains("להציג לוועדה את תכנית החוגים")).hasSize(1);

    // later still, it reached the CEO: the steering committee's next agenda lists it with the year's late work
    var later = businessDays.addBusinessDays(MEETING_DAY, 12);
    clockAt(later.atTime(9, 0));
    long third = addMeeting(later.atTime(12, 0));
    assertThat(meeting(third).get("lateWork")).anySatisfy(late -> {
      assertThat(late.get("taskName").asText()).contains("להציג לוועדה את תכנית החוגים");
      assertThat(late.get("escalationLevel").asInt()).isEqualTo(2);
    });
    // (the committee's open items of other classes' meetings before it may be listed too: the database is shared)
    assertThat(meeting(third).get("openFromEarlier")).extracting(open -> open.get("what").asText())
        .containsOnlyOnce("להציג לוועדה את תכנית החוגים לשנה הבאה");
    noa.send(HttpMethod.POST, "/api/meetings/" + third + "/cancel", "{\"reason\":\"הוועדה תתכנס במועד הרגיל\"}");

    schools.complete(actionTask.get(0).get("id").asText(), Map.of("actionResult", "התכנית הוצגה ונשלחה לחברי הוועדה"));
    var record = meeting(second);
    assertThat(record.at("/actionItems/0/done").asBoolean()).isTrue();
    assertThat(record.at("/actionItems/0/result").asText()).contains("התכנית הוצגה");
    assertThat(record.at("/minutes/status").asText()).isEqualTo("SUBMITTED");
  }

  @Test
  void theSteeringCommitteeDecidesTheProgrammesFocusAndOnlyTheTeamsOfItsChannelsWork() {
    var noa = as("noa-barak");
    var refused = as("yael-dror").send(HttpMethod.POST, "/api/meetings/focus",
        "{\"year\":" + FOCUS_YEAR + ",\"channels\":[\"SOCIAL\"]}");
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    var bad = noa.send(HttpMethod.POST, "/api/meetings/focus",
        "{\"year\":" + FOCUS_YEAR + ",\"channels\":[],\"neighbourhoods\":[\"שכונה שאינה בעיר\"]}");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().get("detail").asText()).contains("אפיק", "שכונה שאינה בעיר");

    var proposed = noa.send(HttpMethod.POST, "/api/meetings/focus", "{\"year\":" + FOCUS_YEAR
        + ",\"channels\":[\"SOCIAL\",\"EDUCATIONAL\"],\"neighbourhoods\":[\"נווה כרמית\",\"שכונת המעיין\"]}");
    assertThat(proposed.getStatusCode().value()).isEqualTo(200);
    assertThat(proposed.getBody()).singleElement().satisfies(scope ->
        assertThat(scope.get("status").asText()).isEqualTo("PROPOSED"));
    assertThat(focus(FOCUS_YEAR).get("workingTeams")).as("until the committee decides, every team works")
        .hasSize(4);

    // the design committee's members: residents of the open call and partners of the mapping, by sector
    var resident = addApplicant("דנה אלמוג", "RESIDENTS", "OPEN_CALL");
    var partner = addApplicant("עמותת שכנים טובים", "CIVIL_SOCIETY", "PARTNER_MAPPING");
    var notTaken = addApplicant("יובל שחר", "RESIDENTS", "OPEN_CALL");
    var badApplicant = noa.send(HttpMethod.POST, "/api/meetings/design-applicants",
        "{\"year\":" + FOCUS_YEAR + ",\"source\":\"OPEN_CALL\",\"name\":\"\",\"email\":\"not-an-address\"}");
    assertThat(badApplicant.getStatusCode().value()).isEqualTo(400);
    assertThat(badApplicant.getBody().get("detail").asText()).contains("שם", "מגזר", "דואר");
    assertThat(noa.send(HttpMethod.POST, "/api/meetings/design-applicants", "{\"year\":" + FOCUS_YEAR
        + ",\"name\":\"בלי מקור\",\"sector\":\"RESIDENTS\"}").getBody().get("detail").asText()).contains("מקור");
    assertThat(as("yael-dror").get("/api/meetings/design-applicants?year=" + FOCUS_YEAR, JsonNode.class)
        .getStatusCode().value()).as("people's details: not for a department").isEqualTo(403);
    var proposal = noa.send(HttpMethod.POST, "/api/meetings/design-applicants/proposal",
        "{\"year\":" + FOCUS_YEAR + ",\"applicants\":[" + resident + "," + partner + "]}");
    assertThat(proposal.getStatusCode().value()).isEqualTo(200);

    long meetingId = atOnce.holdNow("steering", FOCUS_YEAR, Choice.FOR, "מיקוד התכנית מאושר");

    var applicants = as("eli-mizrahi").get("/api/meetings/design-applicants?year=" + FOCUS_YEAR, JsonNode.class)
        .getBody();
    assertThat(applicants).extracting(a -> a.get("id").asLong() + " " + a.get("status").asText())
        .containsExactly(resident + " SELECTED", partner + " SELECTED", notTaken + " NOT_SELECTED");
    assertThat(meeting(meetingId).get("agenda")).extracting(item -> item.get("title").asText())
        .anySatisfy(title -> assertThat(title).startsWith("הרכב הוועדה המעצבת " + FOCUS_YEAR + ": 2 מועמדים"));

    assertThat(meeting(meetingId).at("/agenda/0/title").asText()).isEqualTo("מיקוד התכנית " + FOCUS_YEAR
        + ": האפיקים והשכונות");
    assertThat(meeting(meetingId).at("/agenda/1/detail").asText()).contains("תושבים: דנה אלמוג");
    assertThat(focus(FOCUS_YEAR).at("/proposals/0/status").asText()).isEqualTo("APPROVED");
    assertThat(focus(FOCUS_YEAR).get("workingTeams")).extracting(JsonNode::asText)
        .containsExactly("team-social", "team-educational");
    assertThat(focus(FOCUS_YEAR + 1).get("workingTeams")).as("the focus holds until another is approved")
        .extracting(JsonNode::asText).containsExactly("team-social", "team-educational");
    start(FOCUS_YEAR);
    assertThat(tasks.createTaskQuery().taskDefinitionKey("describeChannel").processVariableValueEquals("year",
        FOCUS_YEAR).list()).extracting(task -> task.getName())
        .hasSize(2).allSatisfy(name -> assertThat(name).containsAnyOf("חברתי", "חינוכי"));
  }

  private long addApplicant(String name, String sector, String source) {
    var added = as("noa-barak").send(HttpMethod.POST, "/api/meetings/design-applicants", "{\"year\":" + FOCUS_YEAR
        + ",\"name\":\"" + name + "\",\"sector\":\"" + sector + "\",\"source\":\"" + source
        + "\",\"statement\":\"אשמח לתרום לתכנון העיר\"}");
    assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(200);
    return added.getBody().get("id").asLong();
  }

  private JsonNode focus(int year) {
    return as("noa-barak").get("/api/meetings/focus?year=" + year, JsonNode.class).getBody();
  }

  private void start(int year) {
    var response = rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles",
        json("{\"year\": " + year + "}"), String.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
    AsyncContinuations.runAll(management);
  }

  /** The situation assessment, the planning inputs, a draft the design committee votes for. */
  private void toTheSteeringDecision(int year) {
    var fastForward = new CycleFastForward(tasks, atOnce);
    fastForward.throughSituationAssessment(year);
    fastForward.completeAll(year, "setManagementEmphases", Map.of("emphases", "דגשים"));
    fastForward.completeAll(year, "recommendChannelGoals", Map.of("recommendation", "המלצות"));
    fastForward.completeAll(year, "draftGoalTree", Map.of("draftReady", true));
    fastForward.completeAll(year, "castVote", Map.of("vote", "for"));
    assertThat(waitsForTheSteeringCommittee()).isTrue();
  }

  private long addMeeting(LocalDateTime startsAt) {
    var added = as("noa-barak").send(HttpMethod.POST, "/api/meetings", "{\"committeeId\":\"steering\",\"year\":" + YEAR
        + ",\"startsAt\":\"" + startsAt + "\",\"place\":\"חדר הישיבות\"}");
    assertThat(added.getStatusCode().value()).as(String.valueOf(added.getBody())).isEqualTo(200);
    return added.getBody().get("id").asLong();
  }

  private JsonNode meeting(long id) {
    return as("noa-barak").get("/api/meetings/" + id, JsonNode.class).getBody();
  }

  private boolean waitsForTheSteeringCommittee() {
    return runtime.createExecutionQuery().processInstanceBusinessKey("cycle-" + YEAR).activityId("approveGoalTree")
        .count() == 1;
  }

  private TasklistUser as(String user) {
    return new TasklistUser(rest, user);
  }

  private static void clockAt(LocalDateTime israelTime) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(israelTime, java.time.ZoneId.of("Asia/Jerusalem")).toInstant()));
  }
}
