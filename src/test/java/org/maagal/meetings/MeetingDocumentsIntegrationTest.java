package org.maagal.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.calendar.IsraeliBusinessCalendar;
import org.maagal.clock.ApplicationClock;
import org.maagal.documents.IsraeliFormat;
import org.maagal.documents.PdfReadingOrder;
import org.maagal.organization.Caller;
import org.maagal.organization.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The meeting pack and the minutes as the people download them: the strategy unit and a member of the committee
 * read them, a department manager who is not a member is refused, and the minutes wait until the meeting is held.
 * The PDFs are read back in reading order ({@link PdfReadingOrder}).
 */
@MaagalIntegrationTest
class MeetingDocumentsIntegrationTest {

  static final String STRATEGY = "noa-barak";
  static final String MEMBER = "eli-mizrahi";
  static final String NOT_A_MEMBER = "yael-dror";
  static final String CHAIR = "avner-golan";
  static final String MUNICIPALITY = "עיריית עין כרמית";
  static final String STEERING = "ועדת היגוי";
  static final String STEERING_MEMBERS = "מיכל בן עמי|אבנר גולן|אלי מזרחי|נועה ברק|אורנה כץ|עירית גל";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  ManagementService management;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  MeetingsAtOnce atOnce;
  @Autowired
  MeetingPlanner planner;
  @Autowired
  MeetingRecords records;
  @Autowired
  Meetings meetings;
  @Autowired
  IsraeliBusinessCalendar businessDays;
  @Autowired
  ApplicationClock clock;

  private TestCycles cycles;

  @Test
  void theStrategyUnitAndAMemberDownloadThePackAndTheMinutesOfAMeetingHeld() throws IOException {
    int year = 2012;
    cycles.start(year);
    long planned = addMeeting(year, "חדר הישיבות הקטן");
    addItem(planned, true, "אישור לוח הזמנים של מעגל 2012", "הלוח מחולק לשלושה שלבים.", "/api/cycles/2012");
    addItem(planned, false, "סקירת מצב המחלקות", null, null);

    var pack = pdf(as(STRATEGY).get("/api/meetings/" + planned + "/pack.pdf", byte[].class),
        "meeting-" + planned + "-pack.pdf");
    try (var document = Loader.loadPDF(pack)) {
      assertThat(document.getNumberOfPages()).as("the cover, then the members, the agenda and the open items")
          .isEqualTo(2);
      var cover = PdfReadingOrder.readingLines(document, 1);
      assertThat(cover).containsSubsequence(MUNICIPALITY, "חוברת ישיבה", STEERING);
      assertThat(cover).anyMatch(line -> line.contains(IsraeliFormat.day(meetingDay(planned))));
      assertThat(cover).contains("מקום: חדר הישיבות הקטן", "בשעות 10:00 עד 12:00");
      var inside = withoutItemNumbers(PdfReadingOrder.readingLines(document, 2));
      assertThat(inside.get(0)).isEqualTo("חברי הוועדה");
      assertThat(inside).anyMatch(line -> line.matches("(" + STEERING_MEMBERS + ") הרשות המקומית חבר/ה"))
          .contains("אבנר גולן הרשות המקומית יו\"ר", "עירית גל ממשלה חבר/ה")
          .containsSubsequence("סדר היום", "אישור לוח הזמנים של מעגל 2012 (להחלטה)",
              "הלוח מחולק לשלושה שלבים.", "סקירת מצב המחלקות (לדיון)", "משימות פתוחות מישיבות קודמות");
      assertThat(inside).anyMatch(line -> line.startsWith("לעיון: "));
      assertThat(new PDFTextStripper().getText(document)).contains("/api/cycles/2012");
      assertThat(inside.get(inside.size() - 1)).isEqualTo("עמוד 2 מתוך 2");
    }
    assertThat(as(MEMBER).get("/api/meetings/" + planned + "/pack.pdf", byte[].class).getStatusCode().value())
        .isEqualTo(200);
    var notYet = as(STRATEGY).get("/api/meetings/" + planned + "/minutes.pdf", JsonNode.class);
    assertThat(notYet.getStatusCode().value()).isEqualTo(409);
    assertThat(notYet.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(notYet.getBody().get("detail").asText()).contains("הישיבה עוד לא התקיימה");

    long held = atOnce.holdNow("steering", year, Choice.FOR, "הלוח אושר כפי שהוצג");

    for (String reader : List.of(STRATEGY, MEMBER)) {
      var minutes = pdf(as(reader).get("/api/meetings/" + held + "/minutes.pdf", byte[].class),
          "meeting-" + held + "-minutes.pdf");
      try (var document = Loader.loadPDF(minutes)) {
        var lines = withoutItemNumbers(PdfReadingOrder.allLines(document));
        assertThat(lines.get(0)).as(reader + ": no draft mark above an approved version").isEqualTo(MUNICIPALITY);
        assertThat(lines).containsSubsequence("פרוטוקול — " + STEERING, "נוכחות", "סדר היום",
            "אישור לוח הזמנים של מעגל 2012 (להחלטה)", "הצבעה, סבב 1: בעד 6 · נגד 0 · נמנעים 0", "תוצאה: אושר",
            "נוסח ההחלטה: הלוח אושר כפי שהוצג", "סקירת מצב המחלקות (לדיון)", "משימות שהוטלו", "לא הוטלו משימות.",
            "סיכום הישיבה", "הישיבה נפתחה בנוכחות כל חברי " + STEERING + ". הנושאים נדונו והוכרעו כמפורט.",
            "מעמד הפרוטוקול");
        assertThat(lines).contains("אבנר גולן בעד", "עירית גל בעד", "נעדרו אין",
            "מניין נדרשים 3 מתוך 6 החברים; נכחו 6: יש מניין");
        assertThat(String.join("\n", lines)).contains("נכחו מיכל בן עמי (הרשות המקומית), אבנר גולן (יו\"ר, "
            + "הרשות המקומית)").doesNotContain("טיוטה");
        assertThat(lines).anyMatch(line -> line.startsWith("גרסה 1: אושרה בידי אבנר גולן, ")
            && line.contains(IsraeliFormat.day(clock.today())));
        assertThat(lines).noneMatch(line -> line.contains("טיוטה"));
      }
    }

    var refused = as(NOT_A_MEMBER).get("/api/meetings/" + held + "/minutes.pdf", JsonNode.class);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(refused.getBody().get("detail").asText()).contains(STEERING);
    assertThat(as(NOT_A_MEMBER).get("/api/meetings/" + held + "/pack.pdf", JsonNode.class).getStatusCode().value())
        .isEqualTo(403);
    assertThat(as(STRATEGY).get("/api/meetings/987654321/pack.pdf", JsonNode.class).getStatusCode().value())
        .isEqualTo(404);
    assertThat(rest.getForEntity("/api/meetings/" + held + "/pack.pdf", String.class).getStatusCode().value())
        .isEqualTo(401);
  }

  @Test
  void draftMinutesAreMarkedOnEveryPageAndTheNextPackListsTheActionItemsStillOpen() throws IOException {
    int year = 2013;
    cycles.start(year);
    var secretary = new Caller(STRATEGY, List.of(Role.STRATEGY_UNIT.groupId()));
    var now = clock.now().toInstant().atZone(ApplicationClock.ISRAEL).toLocalDateTime().withSecond(0).withNano(0);
    long held = planner.openNow("steering", year, now.minusMinutes(1), STRATEGY);
    long item = records.addItem(held, true, "תקציב התחזוקה לשנת 2013", null, null, secretary).id();
    complete(held, MeetingsProcess.PREPARE_TASK, STRATEGY, Map.of("agendaReady", true));
    records.attendance(held, List.of("avner-golan", "eli-mizrahi", "noa-barak", "michal-ben-ami"), secretary);
    records.vote(held, item, Map.of("avner-golan", Choice.FOR, "eli-mizrahi", Choice.AGAINST, "noa-barak",
        Choice.FOR, "michal-ben-ami", Choice.ABSTAIN), "התקציב אושר ברוב קולות", secretary);
    records.discuss(held, item, "הגזבר ביקש לפרט את מקורות המימון לפני ההחלטה.", secretary);
    records.addAction(held, "לפרט את מקורות המימון של תקציב התחזוקה", ActionItem.Owner.PERSON, MEMBER, 10,
        secretary);
    records.writeMinutes(held, "סיכום ארוך של הישיבה, שורה אחר שורה.\n".repeat(180), secretary);
    complete(held, MeetingsProcess.RECORD_TASK, STRATEGY, Map.of());
    complete(held, MeetingsProcess.APPROVE_MINUTES_TASK, CHAIR, Map.of(MeetingsProcess.MINUTES_DECISION, "return",
        MeetingsProcess.MINUTES_COMMENTS, "יש לקצר את הסיכום"));

    var minutes = pdf(as(MEMBER).get("/api/meetings/" + held + "/minutes.pdf", byte[].class),
        "meeting-" + held + "-minutes.pdf");
    try (var document = Loader.loadPDF(minutes)) {
      assertThat(document.getNumberOfPages()).as("a long summary").isGreaterThanOrEqualTo(3);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        assertThat(PdfReadingOrder.readingLines(document, page).get(0)).as("page " + page)
            .isEqualTo("טיוטה — הפרוטוקול טרם הוגש ואושר");
      }
      var lines = PdfReadingOrder.allLines(document);
      assertThat(lines).contains("נעדרו אורנה כץ (הרשות המקומית), עירית גל (ממשלה)",
          "מניין נדרשים 3 מתוך 6 החברים; נכחו 4: יש מניין", "הצבעה, סבב 1: בעד 2 · נגד 1 · נמנעים 1",
          "תוצאה: אושר", "אלי מזרחי נגד", "מיכל בן עמי נמנע/ת", "גרסה 2: טיוטה",
          "הגזבר ביקש לפרט את מקורות המימון לפני ההחלטה.");
      assertThat(lines).anyMatch(line -> line.startsWith("לפרט את מקורות המימון של תקציב התחזוקה אלי מזרחי"));
    }

    long next = addMeeting(year, null);
    try (var document = Loader.loadPDF(pdf(as(MEMBER).get("/api/meetings/" + next + "/pack.pdf", byte[].class),
        "meeting-" + next + "-pack.pdf"))) {
      var inside = PdfReadingOrder.readingLines(document, 2);
      var due = meetings.findById(held).map(m -> businessDays.addBusinessDays(m.startsAt().toLocalDate(), 10))
          .orElseThrow();
      assertThat(inside).containsSubsequence("משימות פתוחות מישיבות קודמות", "לפרט את מקורות המימון של תקציב "
          + "התחזוקה אלי מזרחי " + IsraeliFormat.day(clock.today()) + " " + IsraeliFormat.day(due) + " במועד");
    }
  }

  // --- the steps, as the people take them

  private long addMeeting(int year, String place) {
    var day = clock.today().plusDays(1);
    while (!businessDays.isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    var body = "{\"committeeId\":\"steering\",\"year\":" + year + ",\"startsAt\":\"" + day + "T10:00:00\""
        + (place == null ? "" : ",\"place\":\"" + place + "\"") + "}";
    var response = as(STRATEGY).send(HttpMethod.POST, "/api/meetings", body);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
    return response.getBody().get("id").asLong();
  }

  private void addItem(long meetingId, boolean decision, String title, String detail, String link) {
    var body = "{\"decision\":" + decision + ",\"title\":\"" + title + "\""
        + (detail == null ? "" : ",\"detail\":\"" + detail + "\"") + (link == null ? "" : ",\"link\":\"" + link + "\"")
        + "}";
    var response = as(STRATEGY).send(HttpMethod.POST, "/api/meetings/" + meetingId + "/items", body);
    assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
  }

  private LocalDate meetingDay(long meetingId) {
    return meetings.findById(meetingId).orElseThrow().startsAt().toLocalDate();
  }

  /** Completes the meeting's task as the person does in Tasklist. */
  private void complete(long meetingId, String taskKey, String person, Map<String, Object> values) {
    var instance = meetings.findById(meetingId).orElseThrow().processInstanceId();
    var task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    if (task.getAssignee() == null) {
      tasks.claim(task.getId(), person);
    }
    tasks.complete(task.getId(), values);
  }

  private static byte[] pdf(ResponseEntity<byte[]> response, String fileName) {
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo(fileName);
    return response.getBody();
  }

  /** The agenda's lines without their numbers: items the committee still had open elsewhere may come first. */
  private static List<String> withoutItemNumbers(List<String> lines) {
    return lines.stream().map(line -> line.replaceFirst("^\\d+\\. ", "")).toList();
  }

  private TasklistUser as(String user) {
    return new TasklistUser(rest, user);
  }

  @BeforeEach
  void prepareTheCycles() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  @AfterEach
  void endTheCycles() {
    cycles.endAll();
  }
}
