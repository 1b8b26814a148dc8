package org.maagal.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maagal.JsonBody.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.PagedList;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The goal tree as the municipality's spreadsheet: exported, opened, imported back; a broken file refused whole. */
@MaagalIntegrationTest
class GoalTreeImportIntegrationTest {

  static final int YEAR = 2000;

  @Autowired
  TestRestTemplate rest;

  @BeforeEach
  void theCycleIsOpen() {
    rest.withBasicAuth("noa-barak", "ein-karmit-demo").postForEntity("/api/cycles", json("{\"year\": " + YEAR + "}"), String.class);
  }

  @Test
  void theCycleStartsFromTheSeedTreeReadableAsJson() {
    var tree = rest.withBasicAuth("yael-dror", "ein-karmit-demo").getForEntity("/api/cycles/" + YEAR + "/goals?version=1",
        JsonNode.class).getBody();

    assertThat(tree.get("source").asText()).contains("demo-goal-tree-2027.csv");
    assertThat(tree.get("domains")).hasSize(9);
    var education = tree.get("domains").get(0);
    assertThat(education.get("name").asText()).isEqualTo("חינוך");
    var youthMovements = education.get("goals").get(0).get("targets").get(0).get("indicators").get(0);
    assertThat(youthMovements.at("/target/value").asInt()).isEqualTo(950);
    assertThat(youthMovements.at("/baseline/value").asInt()).isEqualTo(528);
    assertThat(youthMovements.get("direction").asText()).isEqualTo("higher-is-better");
    assertThat(youthMovements.get("ownerDepartmentId").asText()).isEqualTo("youth");
    assertThat(youthMovements.get("ceoIndicator").asBoolean()).isTrue();
    var localGuides = education.get("goals").get(0).get("targets").get(0).get("indicators").get(1);
    assertThat(localGuides.get("ceoIndicator").asBoolean()).isFalse();
  }

  @Test
  void anExportedWorkbookOpensRightToLeftAndImportsBackAsANewDraft() throws Exception {
    byte[] xlsx = rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/goals/export.xlsx?version=1", byte[].class).getBody();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      assertThat(sheet.isRightToLeft()).isTrue();
      // the demo tree's vision, as the demo file writes it above its header
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("חזון העיר: עין כרמית — עיר צעירה");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("תחום");
      assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("מקור נתונים");
      assertThat(sheet.getRow(2).getCell(8).getNumericCellValue()).isEqualTo(950);
      assertThat(sheet.getRow(1).getCell(12).getStringCellValue()).isEqualTo("מדד מנכ\"ל");
      assertThat(sheet.getRow(2).getCell(12).getStringCellValue()).isEqualTo("כן");
      assertThat(sheet.getRow(3).getCell(12).getStringCellValue()).isEqualTo("לא");
    }
    int versionsBefore = versions().size();

    var imported = upload("noa-barak", "goal-tree-" + YEAR + ".xlsx", xlsx);

    assertThat(imported.getStatusCode().value()).isEqualTo(201);
    var versions = versions();
    assertThat(versions).hasSize(versionsBefore + 1);
    assertThat(versions.get(versions.size() - 1).get("status").asText()).isEqualTo("DRAFT");
    assertThat(versions.get(versions.size() - 2).get("status").asText()).isEqualTo("SUPERSEDED");
    assertThat(versions.get(versions.size() - 1).get("lines").asInt()).isEqualTo(70);
    var draft = rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/goals", JsonNode.class).getBody();
    assertThat(draft.get("vision").asText()).as("read back from above the header").startsWith("עין כרמית — עיר צעירה");
  }

  @Test
  void anEmptyTemplateIsForEveryoneWhoMayExportAndImportsAsItsSampleRow() throws Exception {
    var template = rest.withBasicAuth("yael-dror", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/goals/template.xlsx", byte[].class);

    assertThat(template.getStatusCode().value()).isEqualTo(200);
    assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("goal-tree-template-" + YEAR + ".xlsx");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
      assertThat(workbook.getSheetAt(0).isRightToLeft()).isTrue();
      assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("תחום");
      assertThat(workbook.getSheet("הסבר").getRow(1).getCell(1).getStringCellValue()).isEqualTo("תחום");
    }
    assertThat(rest.getForEntity("/api/cycles/" + YEAR + "/goals/template.xlsx", String.class).getStatusCode().value())
        .isEqualTo(401);
    int versionsBefore = versions().size();

    var imported = upload("noa-barak", "template.xlsx", template.getBody());

    assertThat(imported.getStatusCode().value()).isEqualTo(201);
    assertThat(versions()).hasSize(versionsBefore + 1);
    assertThat(versions().get(versionsBefore).get("lines").asInt()).isEqualTo(1);
  }

  @Test
  void aSheetKeptByHandWithATitleGroupsWrittenOnceAndPercentCellsImports() throws Exception {
    byte[] xlsx;
    try (var workbook = new XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
      var sheet = workbook.createSheet("גיליון1");
      sheet.createRow(0).createCell(0).setCellValue("עץ המטרות - טיוטת הוועדה");
      String[] headers = {"מחלקה אחראית", "התחום", "המטרה", "היעד", "המדד", "יחידת מידה", "כיוון", "ערך הבסיס",
          "שנת הבסיס", "יעד (ערך)", "שנת היעד", "מקור הנתונים", "הערות"};
      var header = sheet.createRow(2);
      for (int column = 0; column < headers.length; column++) {
        header.createCell(column).setCellValue(headers[column]);
      }
      var percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
      Object[][] rows = {
          {"מחלקת נוער וצעירים", "חינוך", "חינוך למצוינות וגיוס משמעותי", "העלאת אחוז המתגייסים", "אחוז המתגייסים",
              "%", "עלייה", 0.58, 2025.0, 0.65, 2027.0, null},
          {"מחלקת נוער וצעירים", null, null, null, "אחוז המתנדבים", "%", "עלייה", 0.3, 2025.0, 0.4, 2027.0, null}};
      for (int index = 0; index < rows.length; index++) {
        var row = sheet.createRow(3 + index);
        for (int column = 0; column < rows[index].length; column++) {
          Object value = rows[index][column];
          if (value instanceof String text) {
            row.createCell(column).setCellValue(text);
          } else if (value instanceof Double number) {
            row.createCell(column).setCellValue(number);
            if (number < 1) {
              row.getCell(column).setCellStyle(percent);
            }
          }
        }
      }
      workbook.write(out);
      xlsx = out.toByteArray();
    }

    var imported = upload("noa-barak", "by-hand.xlsx", xlsx);

    assertThat(imported.getStatusCode().value()).isEqualTo(201);
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(imported.getBody());
    assertThat(tree.get("version").asInt()).isGreaterThan(1);
    assertThat(tree.get("notices")).extracting(JsonNode::asText)
        .containsExactly("העמודה M ('הערות') אינה מעמודות הקובץ ולא נקראה");
    var indicators = tree.at("/domains/0/goals/0/targets/0/indicators");
    assertThat(indicators).hasSize(2);
    assertThat(indicators.get(0).at("/baseline/value").asInt()).isEqualTo(58);
    assertThat(indicators.get(1).at("/target/value").asInt()).isEqualTo(40);
    assertThat(indicators.get(1).get("ownerDepartmentId").asText()).isEqualTo("youth");
    assertThat(indicators).allSatisfy(indicator -> assertThat(indicator.get("ceoIndicator").asBoolean()).isFalse());
  }

  @Test
  void aCeoMarkThatIsNeitherYesNorNoRefusesTheFileAndNamesTheRow() throws Exception {
    int versionsBefore = versions().size();
    String csv = GoalTreeSheetsTest.WRITTEN_HEADER + "\r\n"
        + "חינוך,מטרה,יעד,מדד,%,עלייה,10,2025,20,2027,מחלקת נוער וצעירים,,V\r\n"
        + "חינוך,מטרה,יעד,מדד שני,%,עלייה,10,2025,20,2027,מחלקת נוער וצעירים,,אולי\r\n";

    var refused = upload("noa-barak", "ceo.csv", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.getBody());
    assertThat(problem.get("errors")).singleElement().satisfies(error -> {
      assertThat(error.get("row").asInt()).isEqualTo(3);
      assertThat(error.get("reason").asText()).isEqualTo("עמודה M (מדד מנכ\"ל): 'אולי' אינו 'כן' או 'לא'");
    });
    assertThat(versions()).hasSize(versionsBefore);
  }

  @Test
  void markingACeoIndicatorIsAChangeBetweenVersions() throws Exception {
    String demo = new String(new ClassPathResource("goals/demo-goal-tree-2027.csv").getContentAsByteArray(),
        StandardCharsets.UTF_8);
    String guides = "כוח הדרכה מקומי – מספר המדריכים בני המקום";
    int line = demo.indexOf(guides);
    int end = demo.indexOf('\n', line);
    assertThat(demo.substring(line, end)).endsWith(",לא");
    String marked = demo.substring(0, end - 2) + "V" + demo.substring(end);

    assertThat(upload("noa-barak", "marked.csv", demo.getBytes(StandardCharsets.UTF_8)).getStatusCode().value())
        .isEqualTo(201);
    assertThat(upload("noa-barak", "marked.csv", marked.getBytes(StandardCharsets.UTF_8)).getStatusCode().value())
        .isEqualTo(201);

    var diff = rest.withBasicAuth("noa-barak", "ein-karmit-demo").getForEntity("/api/cycles/" + YEAR + "/goals/diff",
        JsonNode.class).getBody();
    assertThat(diff.at("/changes/changed")).singleElement().satisfies(changed -> {
      assertThat(changed.get("indicator").asText()).isEqualTo(guides);
      assertThat(changed.at("/fields/0/field").asText()).isEqualTo("ceoIndicator");
      assertThat(changed.at("/fields/0/label").asText()).isEqualTo("מדד מנכ\"ל");
      assertThat(changed.at("/fields/0/before").asBoolean()).isFalse();
      assertThat(changed.at("/fields/0/after").asBoolean()).isTrue();
      assertThat(changed.at("/after/ceoIndicator").asBoolean()).isTrue();
    });
  }

  @Test
  void aCsvExportIsForExcelWithABomAndHebrewHeaders() {
    byte[] csv = rest.withBasicAuth("noa-barak", "ein-karmit-demo")
        .getForEntity("/api/cycles/" + YEAR + "/goals/export.csv?version=1", byte[].class).getBody();

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("תחום,מטרה,יעד,מדד", "950");
  }

  @Test
  void aBrokenFileIsRefusedWholeWithEveryBadRowListed() throws Exception {
    int versionsBefore = versions().size();
    byte[] broken = new ClassPathResource("goals/broken-goal-tree.csv").getContentAsByteArray();

    var refused = upload("noa-barak", "broken.csv", broken);

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(refused.getBody());
    assertThat(problem.get("errors")).extracting(error -> error.get("row").asInt()).containsExactly(2, 4, 5);
    assertThat(problem.get("errors").get(0).get("reason").asText())
        .isEqualTo("עמודה K (מחלקה אחראית): המחלקה 'מחלקת חינוך מיוחד' אינה מחלקה ברשות");
    assertThat(problem.get("errors").get(1).get("reason").asText())
        .isEqualTo("עמודה I (ערך יעד): 'הרבה' אינו מספר");
    assertThat(versions()).hasSize(versionsBefore);
  }

  @Test
  void aDepartmentManagerCannotImport() {
    int versionsBefore = versions().size();

    var refused = upload("yael-dror", "x.csv", "תחום,מטרה".getBytes(StandardCharsets.UTF_8));

    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(versions()).hasSize(versionsBefore);
  }

  private java.util.List<JsonNode> versions() {
    return PagedList.walk(rest, "noa-barak", "/api/cycles/" + YEAR + "/goals/versions", 500).items();
  }

  private ResponseEntity<String> upload(String user, String fileName, byte[] content) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "ein-karmit-demo").postForEntity("/api/cycles/" + YEAR + "/goals/import",
        new HttpEntity<>(body, headers), String.class);
  }
}
