package org.maagal.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;
import static org.maagal.spreadsheets.HandWrittenXlsx.columnName;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.maagal.spreadsheets.HandWrittenXlsx;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * The attack of issue 24: small files that declare far more than they hold, previewed and imported on several
 * threads at once, to the goal tree (by a design committee member) and to the budget book (by the treasury).
 * While they are read, {@code /actuator/health} keeps answering within a short bound; each upload is refused
 * with a 400 problem detail naming the bound in Hebrew, the preview as the import; nothing is stored.
 */
@MaagalIntegrationTest
class HostileFileUploadIntegrationTest {

  static final int YEAR = 2069;
  private static final int THREADS = 4;
  private static final int ROUNDS = 2;
  /** What "keeps answering" means here: a health check answered within this while the uploads run. */
  private static final Duration HEALTH_BOUND = Duration.ofSeconds(2);
  private static final String GOALS = "/api/cycles/" + YEAR + "/goals/import";
  private static final String BUDGET = "/api/cycles/" + YEAR + "/budget/import";
  private static final Map<String, String> UPLOADER = Map.of(GOALS, "ofer-lavi", BUDGET, "dina-shoham");

  @Autowired
  TestRestTemplate rest;
  @LocalServerPort
  int port;

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private ExecutorService uploaders;

  /** A file refused, and how the reason it is refused for begins (the expected headers differ by import). */
  private record Hostile(String name, byte[] content, String reason) {
  }

  private record Answer(Hostile file, String path, boolean dryRun, ResponseEntity<String> response) {
  }

  @BeforeEach
  void theCycleIsOpen() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
    uploaders = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stopUploading() {
    uploaders.shutdownNow();
  }

  @Test
  void hostileFilesOnSeveralThreadsAreRefusedAndHealthKeepsAnswering() throws Exception {
    int goalVersions = goalVersions();
    int budgetVersion = budgetVersion();
    var files = hostileFiles();
    var uploads = new ArrayList<CompletableFuture<Answer>>();
    for (int round = 0; round < ROUNDS; round++) {
      for (Hostile file : files) {
        for (String path : List.of(GOALS, BUDGET)) {
          for (boolean dryRun : new boolean[] {true, false}) {
            uploads.add(CompletableFuture.supplyAsync(() -> upload(file, path, dryRun), uploaders));
          }
        }
      }
    }
    var all = CompletableFuture.allOf(uploads.toArray(CompletableFuture[]::new));

    var healthTimes = new ArrayList<Duration>();
    while (!all.isDone()) {
      healthTimes.add(healthAnswersUp());
    }
    all.get(2, TimeUnit.MINUTES);

    assertThat(healthTimes).as("health checks while the uploads ran").isNotEmpty()
        .allSatisfy(time -> assertThat(time).isLessThan(HEALTH_BOUND));
    var previews = new LinkedHashMap<String, JsonNode>();
    for (var upload : uploads) {
      Answer answer = upload.get();
      var problem = assertRefused(answer);
      var same = previews.putIfAbsent(answer.file().name() + answer.path(), problem.get("errors"));
      if (same != null) {
        assertThat(problem.get("errors")).as("the preview and the import refuse alike").isEqualTo(same);
      }
    }
    assertThat(goalVersions()).isEqualTo(goalVersions);
    assertThat(budgetVersion()).isEqualTo(budgetVersion);
  }

  private JsonNode assertRefused(Answer answer) throws Exception {
    var response = answer.response();
    String what = answer.file().name() + " to " + answer.path() + (answer.dryRun() ? "?dryRun=true" : "");
    assertThat(response.getStatusCode().value()).as(what + ": " + response.getBody()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType()).as(what).isNotNull()
        .satisfies(type -> assertThat(type.toString()).startsWith("application/problem+json"));
    var problem = json.readTree(response.getBody());
    assertThat(problem.get("detail").asText()).as(what).contains("לא נקלט", "דבר לא נשמר");
    assertThat(problem.get("errors").get(0).get("reason").asText()).as(what).startsWith(answer.file().reason());
    assertThat(response.getBody()).as(what).doesNotContain("Exception", "java.", "org.apache", "\tat ");
    return problem;
  }

  private Duration healthAnswersUp() throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
        .timeout(HEALTH_BOUND.multipliedBy(5)).build();
    long start = System.nanoTime();
    var response = http.send(request, HttpResponse.BodyHandlers.ofString());
    var time = Duration.ofNanos(System.nanoTime() - start);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"UP\"");
    return time;
  }

  private Answer upload(Hostile file, String path, boolean dryRun) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(file.content()) {
      @Override
      public String getFilename() {
        return file.name();
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var response = rest.withBasicAuth(UPLOADER.get(path), "ein-karmit-demo").postForEntity(path + "?dryRun=" + dryRun,
        new HttpEntity<>(body, headers), String.class);
    return new Answer(file, path, dryRun, response);
  }

  private int goalVersions() {
    return PagedList.walk(rest, "noa-barak", "/api/cycles/" + YEAR + "/goals/versions", 500).items().size();
  }

  private int budgetVersion() throws Exception {
    var book = rest.withBasicAuth("dina-shoham", "ein-karmit-demo").getForEntity("/api/cycles/" + YEAR + "/budget", String.class);
    return book.getStatusCode().value() == 404 ? 0 : json.readTree(book.getBody()).get("version").asInt();
  }

  /** Each kind of file the attacker sent or could send, all under the 5 MB an upload may be. */
  private static List<Hostile> hostileFiles() {
    var files = new ArrayList<Hostile>();
    // the attacker's 3.6 KB file: a row of values, each the first cell of a region 100,000 rows deep
    var row = new StringBuilder("<row r=\"1\">");
    var merges = new StringBuilder("<mergeCells>");
    for (int index = 0; index < 300; index++) {
      String column = columnName(index % 250);
      if (index < 250) {
        row.append(HandWrittenXlsx.inlineCell(column + "1", "x"));
      }
      merges.append("<mergeCell ref=\"").append(column).append("1:").append(column).append("100000\"/>");
    }
    files.add(new Hostile("merged-regions.xlsx", HandWrittenXlsx.sheet("<dimension ref=\"A1:XFD1048576\"/><sheetData>"
        + row + "</row></sheetData>" + merges + "</mergeCells>").bytes(), noHeader()));
    files.add(new Hostile("whole-sheet.xlsx", HandWrittenXlsx.sheet("<dimension ref=\"A1:XFD1048576\"/><sheetData>"
        + HandWrittenXlsx.row(1, "שלום") + "</sheetData><mergeCells>"
        + "<mergeCell ref=\"A1:XFD1048576\"/>".repeat(500) + "</mergeCells>").bytes(), noHeader()));
    files.add(new Hostile("zip-bomb.xlsx", HandWrittenXlsx.sheet("<sheetData>" + " ".repeat(20_000_000) + "</sheetData>")
        .bytes(), "הקובץ דחוס באופן חריג (פי 100 ויותר), כפי שנראית 'פצצת zip'; קובץ Excel רגיל אינו כזה"));
    files.add(new Hostile("big-sheet.xlsx", bigSheet(), "הקובץ גדול מדי: הגיליון 'Sheet1' שלו גדול מ-16 MB"));
    files.add(new Hostile("far-value.xlsx", HandWrittenXlsx.rows(HandWrittenXlsx.row(1, "תחום"),
        "<row r=\"2\">" + HandWrittenXlsx.inlineCell("IW2", "x") + "</row>").bytes(),
        "הקובץ גדול מדי: בתא IW2 יש ערך, ונקראות רק 256 העמודות הראשונות (A עד IV)"));
    files.add(new Hostile("deep.xlsx", HandWrittenXlsx.sheet("<sheetData>" + "<x>".repeat(1_000) + "</x>".repeat(1_000)
        + "</sheetData>").bytes(), "הקובץ גדול מדי: רכיבי ה-XML שלו מקוננים לעומק של יותר מ-64"));
    files.add(new Hostile("one-line.csv", ("תחום,מטרה\n" + "a,".repeat(2_000_000)).getBytes(UTF_8),
        "הקובץ גדול מדי: בשורה 2 יותר מ-256 עמודות"));
    return files;
  }

  private static String noHeader() {
    return "לא נמצאה שורת כותרות ב-10 השורות הראשונות";
  }

  /** 17 MB of sheet XML, a row after another of empty formatted cells, in 2.5 MB of zip. */
  private static byte[] bigSheet() {
    var rows = new StringBuilder(18 * 1024 * 1024);
    for (int number = 1; rows.length() < 17 * 1024 * 1024; number++) {
      rows.append("<row r=\"").append(number).append("\">");
      for (int column = 0; column < 20; column++) {
        rows.append("<c r=\"").append(columnName(column)).append(number).append("\" s=\"")
            .append((number * 7 + column) % 97).append("\"/>");
      }
      rows.append("</row>");
    }
    return HandWrittenXlsx.sheet("<sheetData>" + rows + "</sheetData>").bytes();
  }
}
