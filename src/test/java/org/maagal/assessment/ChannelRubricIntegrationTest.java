package org.maagal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.TestCycles;
import org.maagal.documents.PdfReadingOrder;
import org.maagal.meetings.MeetingsAtOnce;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A working team scores its channel's rubric from the rubric file, as a member does in Tasklist: the educational
 * team's form shows the early-childhood rubric's fourteen sub-criteria, arena by arena. A score of 7, a missing score
 * or a comment too long is refused whole with the Hebrew reason and nothing is stored; a variable that is no field
 * of the form is refused, and a place past the team's rubric is not read. The next year the form shows last year's
 * score under each criterion, and the rubric, the city's picture (JSON and PDF) and the dashboard show each arena's
 * average and each criterion's score beside last year's, with the change. A picture scored arena by arena before
 * the rubric file (kept so by V21) still shows.
 */
@MaagalIntegrationTest
class ChannelRubricIntegrationTest {

  static final int LAST_YEAR = 2037;
  static final int YEAR = 2038;
  /** A resident on the educational team. */
  static final String MEMBER = "liat-hasson";
  static final String STRATEGY = "noa-barak";
  static final int CRITERIA = 14;
  /** Last year: the authority's four 3, the parents' four 4, the frameworks' three 2, the professionals' three 3. */
  static final IntFunction<String> LAST_YEARS_SCORES = place -> place <= 4 ? "3" : place <= 8 ? "4"
      : place <= 11 ? "2" : "3";
  /** This year: the authority 4,4,3,3 (+0.5), the parents 4,3,4,3 (-0.5), the frameworks as they were, the
   * professionals 5,3,3 (+0.7). */
  static final IntFunction<String> THIS_YEARS_SCORES = place -> switch (place) {
    case 1, 2, 5, 7 -> "4";
    case 12 -> "5";
    default -> LAST_YEARS_SCORES.apply(place).equals("4") ? "3" : LAST_YEARS_SCORES.apply(place);
  };

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
  JdbcTemplate jdbc;

  private TestCycles cycles;

  @Test
  void theEducationalTeamScoresItsRubricAndTheNextYearShowsTheChange() throws Exception {
    var member = new TasklistUser(rest, MEMBER);
    var strategy = new TasklistUser(rest, STRATEGY);

    cycles.start(LAST_YEAR);
    String task = member.task("describeChannel", LAST_YEAR);
    var shown = formVariables(member, task);
    assertThat(criteria(shown)).hasSize(CRITERIA).startsWith("התפיסה היישובית של הגיל הרך מוטמעת ברשות")
        .contains("פורום מסגרות פרטיות").endsWith("הדרכה וליווי מקצועי לאנשי המקצוע");
    assertThat(shown.at("/" + ChannelPictureForm.arena(1) + "/value").asText()).isEqualTo("זירת הרשות");
    assertThat(shown.at("/" + ChannelPictureForm.arena(5) + "/value").asText()).isEqualTo("זירת ההורים");
    assertThat(shown.has(ChannelPictureForm.arena(2))).as("inside an arena, no title").isFalse();
    assertThat(shown.has(ChannelPictureForm.lastYear(1))).as("no score last year").isFalse();

    // a score of 7: refused whole, in Hebrew, and nothing is stored
    var seven = answers(LAST_YEARS_SCORES);
    seven.put(ChannelPictureForm.score(3), "7");
    assertRefused(member.submit(task, seven), "מבנה ארגוני בהיר והגדרות תפקידים בגיל הרך: הציון חייב להיות מספר שלם"
        + " בין 1 ל-5");
    // a criterion left without a score
    var missing = answers(LAST_YEARS_SCORES);
    missing.remove(ChannelPictureForm.score(CRITERIA));
    assertRefused(member.submit(task, missing), "זירת אנשי המקצוע · הדרכה וליווי מקצועי לאנשי המקצוע: חסר ציון");
    // a comment longer than a comment
    var long_ = answers(LAST_YEARS_SCORES);
    long_.put(ChannelPictureForm.comment(2), "א".repeat(AssessmentService.MAX_COMMENT + 1));
    assertRefused(member.submit(task, long_), "מנהלת גיל רך פעילה ומפותחת: ההסבר ארוך מ-1000 תווים");
    // a criterion the submission makes up is no field of the form
    var forged = answers(LAST_YEARS_SCORES);
    forged.put("criterion-city-concept", "5");
    assertRefused(member.submit(task, forged), "criterion-city-concept");
    assertThat(stored(LAST_YEAR)).isZero();

    // a place past the team's rubric is not read: the fourteen criteria are stored, under the channel's ids
    var past = answers(LAST_YEARS_SCORES);
    past.put(ChannelPictureForm.score(CRITERIA + 1), "1");
    past.put(ChannelPictureForm.comment(CRITERIA + 1), "מקום שאין בו תת-מדד");
    past.put(ChannelPictureForm.comment(5), "רכזת ההורים נקלטה היטב");
    member.complete(task, past);
    assertThat(stored(LAST_YEAR)).isEqualTo(CRITERIA);
    assertThat(jdbc.queryForList("select s.arena || '/' || s.criterion || '=' || s.score from rubric_criterion_score s"
        + " join channel_picture p on p.id = s.channel_picture_id where p.cycle_year = ? order by s.position",
        String.class, LAST_YEAR)).startsWith("authority/city-concept=3").contains("parents/parents-coordinator=4")
        .endsWith("professionals/supervision=3");
    assertThat(jdbc.queryForObject("select channel || ' ' || submitted_by from channel_picture where cycle_year = ?",
        String.class, LAST_YEAR)).isEqualTo("EDUCATIONAL " + MEMBER);
    // the social team's picture scored arena by arena before the rubric file, as V21 kept it
    olderPicture(LAST_YEAR, "team-social");
    var older = strategy.get("/api/cycles/" + LAST_YEAR + "/picture", JsonNode.class).getBody();
    var social = channel(older, "team-social");
    assertThat(social.get("arenas").findValuesAsText("arena")).containsExactly("זירת הרשות", "זירת ההורים",
        "זירת המסגרות", "זירת אנשי המקצוע");
    assertThat(social.at("/arenas/1/criteria/0/criterion").asText()).isEqualTo(RubricChange.WHOLE_ARENA);
    assertThat(social.at("/arenas/1/criteria/0/comment").asText()).isEqualTo("ההורים מעורבים פחות");
    assertThat(social.at("/arenas/1/average").decimalValue()).isEqualByComparingTo("2");

    // the next year: last year's score under each criterion, then new scores
    cycles.start(YEAR);
    task = member.task("describeChannel", YEAR);
    shown = formVariables(member, task);
    assertThat(shown.at("/" + ChannelPictureForm.lastYear(5) + "/value").asText()).isEqualTo("בשנה הקודמת: 4");
    var scores = answers(THIS_YEARS_SCORES);
    scores.put(ChannelPictureForm.comment(1), "התפיסה מוטמעת בכל האגפים");
    member.complete(task, scores);

    var rubrics = strategy.get("/api/cycles/" + YEAR + "/rubrics", JsonNode.class).getBody();
    assertThat(rubrics).hasSize(1);
    var arenas = rubrics.at("/0/arenas");
    assertThat(arenas).extracting(arena -> arena.get("name").asText() + " " + arena.get("average").decimalValue()
        + " " + arena.get("lastYear").decimalValue() + " " + arena.get("change").decimalValue()).containsExactly(
        "זירת הרשות 3.5 3.0 0.5", "זירת ההורים 3.5 4.0 -0.5", "זירת המסגרות 2.0 2.0 0.0",
        "זירת אנשי המקצוע 3.7 3.0 0.7");
    var concept = arenas.at("/0/criteria/0");
    assertThat(concept.get("criterion").asText()).isEqualTo("city-concept");
    assertThat(concept.get("score").asInt() + " " + concept.get("lastYear").asInt() + " " + concept.get("change")
        .asInt() + " " + concept.get("comment").asText()).isEqualTo("4 3 1 התפיסה מוטמעת בכל האגפים");

    // the city's picture: each arena's average, then its sub-criteria, beside last year's
    var picture = strategy.get("/api/cycles/" + YEAR + "/picture", JsonNode.class).getBody();
    var educational = channel(picture, "team-educational").get("arenas");
    assertThat(educational.at("/1/arena").asText()).isEqualTo("זירת ההורים");
    assertThat(educational.at("/1/change").decimalValue()).isEqualByComparingTo("-0.5");
    var forum = educational.at("/1/criteria/1");
    assertThat(forum.get("criterion").asText()).isEqualTo("פורום הורים יישובי פעיל ומשותף");
    assertThat(forum.get("score").asInt() + " " + forum.get("lastYear").asInt() + " " + forum.get("change").asInt())
        .isEqualTo("3 4 -1");
    ResponseEntity<byte[]> pdf = strategy.get("/api/cycles/" + YEAR + "/picture.pdf", byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "channel-rubric-" + YEAR + ".pdf"), pdf.getBody());
    assertThat(PdfReadingOrder.allLines(pdf.getBody()))
        .anySatisfy(line -> assertThat(line).contains("זירת אנשי המקצוע · ממוצע").contains("3.7").contains("+0.7"))
        .anySatisfy(line -> assertThat(line).contains("התפיסה היישובית של הגיל הרך מוטמעת ברשות").contains("+1")
            .contains("התפיסה מוטמעת בכל"))
        .anySatisfy(line -> assertThat(line).contains("פורום הורים יישובי פעיל ומשותף").contains("-1"));

    // the dashboard: each channel's arenas, this year's average beside last year's, and the change
    var page = strategy.get("/dashboard/rubric?year=" + YEAR, String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    assertThat(page.getBody()).contains("מחוון האפיקים", "צוות עבודה חינוכי", "זירת הרשות", "data-arena=\"parents\"",
        ">3.7<", ">+0.7<", ">-0.5<", ">+0.5<", "href=\"/picture/?year=" + YEAR + "\"");
    var english = strategy.get("/dashboard/rubric?year=" + YEAR + "&lang=en", String.class).getBody();
    assertThat(english).contains("Channel rubrics", "Arena", "Sub-criteria");
    var lastYearsPage = strategy.get("/dashboard/rubric?year=" + LAST_YEAR, String.class).getBody();
    assertThat(lastYearsPage).as("no year before it to compare with").contains(">3<", ">—<");
  }

  /** What Tasklist reads to fill the form: the task's variables. */
  private static JsonNode formVariables(TasklistUser member, String task) {
    return member.get("/engine-rest/task/" + task + "/form-variables", JsonNode.class).getBody();
  }

  /** The criteria the form shows, place by place. */
  private static List<String> criteria(JsonNode variables) {
    var names = new ArrayList<String>();
    for (int place = 1; variables.hasNonNull(ChannelPictureForm.criterion(place)); place++) {
      names.add(variables.at("/" + ChannelPictureForm.criterion(place) + "/value").asText());
    }
    return names;
  }

  /** The picture and a score at each of the educational rubric's places. */
  private static Map<String, Object> answers(IntFunction<String> scores) {
    var answers = new HashMap<String, Object>(Map.of(ChannelPictureForm.PICTURE, "הגיל הרך בעיר: תמונת מצב"));
    for (int place = 1; place <= CRITERIA; place++) {
      answers.put(ChannelPictureForm.score(place), scores.apply(place));
    }
    return answers;
  }

  private static void assertRefused(ResponseEntity<String> response, String reason) {
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(400);
    assertThat(response.getBody()).contains(reason);
  }

  private int stored(int year) {
    return jdbc.queryForObject("select count(*) from rubric_criterion_score s join channel_picture p on p.id ="
        + " s.channel_picture_id where p.cycle_year = ?", Integer.class, year);
  }

  /** A picture as the rubric of four arenas stored it, and V21 kept it: no channel, no criterion. */
  private void olderPicture(int year, String teamId) {
    long id = 900_000_000L + year;
    jdbc.update("insert into channel_picture (id, cycle_year, team_id, picture, submitted_by, submitted_at) values "
        + "(?, ?, ?, 'תמונה מלפני המחוון לפי אפיק', 'tamar-levin', current_timestamp)", id, year, teamId);
    String[][] arenas = {{"authority", "זירת הרשות", "3", null}, {"parents", "זירת ההורים", "2", "ההורים מעורבים פחות"},
        {"frameworks", "זירת המסגרות", "3", null}, {"professionals", "זירת אנשי המקצוע", "4", null}};
    for (int i = 0; i < arenas.length; i++) {
      jdbc.update("insert into rubric_criterion_score (channel_picture_id, position, arena, arena_name, score, comment)"
          + " values (?, ?, ?, ?, ?, ?)", id, i, arenas[i][0], arenas[i][1], Integer.parseInt(arenas[i][2]),
          arenas[i][3]);
    }
  }

  private static JsonNode channel(JsonNode picture, String teamId) {
    for (var channel : picture.get("channels")) {
      if (channel.get("teamId").asText().equals(teamId)) {
        return channel;
      }
    }
    throw new AssertionError("No channel of " + teamId + " in the picture");
  }

  @BeforeEach
  void cycles() {
    cycles = new TestCycles(rest, management, tasks, runtime, atOnce);
  }

  @AfterEach
  void endTheCycles() {
    cycles.endAll();
  }
}
