package org.maagal.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.TasklistUser;
import org.maagal.clock.ApplicationClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Residents take part: the strategy unit opens a call with the role and the requirements the design committee set; a
 * resident reads it and applies on the public site without a login; a refused application keeps what was typed and
 * stores nothing; a bot that fills the field people do not see is thanked and stores nothing; an application reaches
 * the strategy unit as a task, which takes it onto the candidates' list; one address sends at most five an hour; a
 * closed call takes no more.
 */
@MaagalIntegrationTest
class ResidentApplicationIntegrationTest {

  /** No cycle is started: a call names its year only. */
  static final int YEAR = 2050;
  static final String ROLE = "נציג/ת תושבי השכונות החדשות";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  ApplicationLimits limits;
  @Autowired
  ApplicationClock clock;

  @Test
  void aResidentAppliesToAnOpenCallAndTheStrategyUnitTakesTheApplication() {
    var strategy = new TasklistUser(rest, "noa-barak");
    var schools = new TasklistUser(rest, "yael-dror");
    String closes = clock.today().plusDays(10).toString();
    String call = "{\"year\":" + YEAR + ",\"committeeId\":\"design\",\"role\":\"" + ROLE + "\","
        + "\"requirements\":\"מגורים בעיר; נכונות להשתתף בשש ישיבות בשנה\",\"closesOn\":\"" + closes + "\"}";
    assertThat(schools.send(HttpMethod.POST, "/api/meetings/calls", call).getStatusCode().value()).isEqualTo(403);
    var wrong = strategy.send(HttpMethod.POST, "/api/meetings/calls",
        "{\"year\":" + YEAR + ",\"committeeId\":\"steering\",\"role\":\" \",\"closesOn\":\"2001-01-01\"}");
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
    assertThat(wrong.getBody().get("detail").asText()).contains("לוועדה המעצבת או לצוות עבודה", "התפקיד",
        "הדרישות", "יום הסגירה");
    var opened = strategy.send(HttpMethod.POST, "/api/meetings/calls", call);
    assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
    long callId = opened.getBody().get("id").asLong();
    String form = "/public/calls/" + callId;

    String calls = rest.getForEntity("/public/calls/?lang=en", String.class).getBody();
    assertThat(calls).contains(ROLE).contains("נכונות להשתתף בשש ישיבות בשנה").contains("Apply");

    // refused: what was typed stays, nothing is stored
    var refused = post(form, Map.of("name", " ", "sector", "RESIDENTS", "email", "not-an-address",
        "statement", "גרה בשכונה שנתיים", "consent", "yes"));
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("חסר שם מלא").contains("כתובת הדואר האלקטרוני אינה תקינה")
        .contains("גרה בשכונה שנתיים");
    var noConsent = post(form, Map.of("name", "דנה לוי-תמיר", "sector", "RESIDENTS", "email", "dana@example.org",
        "statement", "גרה בשכונה שנתיים"));
    assertThat(noConsent.getStatusCode().value()).isEqualTo(400);
    assertThat(noConsent.getBody()).contains("יש לאשר את השימוש בפרטים");
    var bot = post(form, Map.of("name", "Buy now", "sector", "BUSINESS", "email", "bot@example.org",
        "statement", "cheap", "consent", "yes", "website", "http://spam.example"));
    assertThat(bot.getBody()).as("thanked, after the redirect").contains("תודה! הפנייה התקבלה");
    assertThat(applicants(strategy)).as("nothing stored").isEmpty();

    // an application: thanked, a task for the strategy unit, onto the list
    var sent = post(form, Map.of("name", "דנה לוי-תמיר", "sector", "RESIDENTS", "email", "dana@example.org",
        "statement", "גרה בשכונה שנתיים ומתנדבת בוועד השכונה", "consent", "yes"));
    assertThat(sent.getStatusCode().value()).isEqualTo(200);
    assertThat(sent.getBody()).as("thanked, after the redirect").contains("תודה! הפנייה התקבלה")
        .doesNotContain("דנה לוי-תמיר");
    assertThat(applicants(strategy)).singleElement().satisfies(applicant -> {
      assertThat(applicant.get("status").asText()).isEqualTo("RECEIVED");
      assertThat(applicant.get("callId").asLong()).isEqualTo(callId);
    });
    var screening = strategy.tasks("screenApplication", YEAR);
    assertThat(screening).singleElement().satisfies(task -> assertThat(task.get("name").asText())
        .isEqualTo("פנייה מהקול הקורא: " + ROLE + " (ועדה מעצבת)"));
    String taskId = screening.get(0).get("id").asText();
    assertThat(tasks.getVariablesLocal(taskId)).containsEntry("applicantName", "דנה לוי-תמיר")
        .containsEntry("callRequirements", "מגורים בעיר; נכונות להשתתף בשש ישיבות בשנה");
    assertThat(schools.submit(taskId, Map.of("screening", "accept")).getStatusCode().value()).isIn(403, 404);
    strategy.complete(taskId, Map.of("screening", "accept"));
    assertThat(applicants(strategy)).singleElement()
        .satisfies(applicant -> assertThat(applicant.get("status").asText()).isEqualTo("APPLIED"));

    // five an hour from one address: the refused one above counted, and three more
    for (int more = 0; more < 3; more++) {
      assertThat(post(form, Map.of("name", "תושב " + more, "sector", "COMMUNITY", "email", "r" + more + "@example.org",
          "statement", "רוצה לעזור", "consent", "yes")).getBody()).contains("תודה! הפנייה התקבלה");
    }
    var tooMany = post(form, Map.of("name", "תושב נוסף", "sector", "COMMUNITY", "email", "x@example.org",
        "statement", "רוצה לעזור", "consent", "yes"));
    assertThat(tooMany.getStatusCode().value()).isEqualTo(429);
    assertThat(tooMany.getBody()).contains("פניות רבות בשעה האחרונה");
    assertThat(applicants(strategy)).hasSize(4);
    limits.forget();

    // closed: no form, no application
    assertThat(strategy.send(HttpMethod.POST, "/api/meetings/calls/" + callId + "/close", null).getBody()
        .get("open").asBoolean()).isFalse();
    var closed = rest.getForEntity(form, String.class);
    assertThat(closed.getStatusCode().value()).isEqualTo(404);
    assertThat(closed.getBody()).contains("הקול הקורא הזה סגור");
    var late = post(form, Map.of("name", "מאוחרת", "sector", "RESIDENTS", "email", "late@example.org",
        "statement", "רציתי", "consent", "yes"));
    assertThat(late.getStatusCode().value()).isIn(400, 404);
    assertThat(applicants(strategy)).hasSize(4);
  }

  private ResponseEntity<String> post(String path, Map<String, String> fields) {
    var body = new LinkedMultiValueMap<String, String>();
    fields.forEach(body::add);
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return rest.postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  private static java.util.List<JsonNode> applicants(TasklistUser strategy) {
    var list = new java.util.ArrayList<JsonNode>();
    strategy.get("/api/meetings/design-applicants?year=" + YEAR, JsonNode.class).getBody().forEach(list::add);
    return list;
  }

  @BeforeEach
  @AfterEach
  void forgetTheAddresses() {
    limits.forget();
  }
}
