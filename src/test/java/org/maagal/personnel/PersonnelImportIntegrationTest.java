package org.maagal.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.organization.Committee;
import org.maagal.organization.Organization;
import org.maagal.organization.OrganizationChanges;
import org.maagal.organization.Person;
import org.maagal.organization.Staff;
import org.maagal.organization.Unit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * HR's workbook, as HR keeps it (a title above the header, units named by their Hebrew names, a few by their codes,
 * managers by their full names), becomes the organisation: previewed first with nothing changed, refused whole when a
 * row is wrong, then put in force. The schools get a new manager, who takes the tasks the old one held; the youth
 * department closes, its open tasks going to the education division and its head; a new department opens; someone
 * leaves and loses their groups, not their name on what they did. The organisation is put back as it was after.
 */
@MaagalIntegrationTest
class PersonnelImportIntegrationTest {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "city-hall-keys";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  Organization organization;
  @Autowired
  OrganizationChanges changes;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;

  private Staff original;
  private final List<String> taskIds = new ArrayList<>();

  @BeforeEach
  void keepTheOrganisation() {
    original = organization.staffInForce();
  }

  @AfterEach
  void putItBack() {
    changes.apply(new Staff(original.units(), original.people(), Map.of()), "test", "restore", Instant.now());
    taskIds.forEach(id -> tasks.deleteTask(id, true));
  }

  @Test
  void hrsWorkbookIsPreviewedThenPutInForceWithTheOpenTasksFollowing() throws Exception {
    // the organisation as Maagal has it, downloaded and uploaded again unedited, changes nothing
    var exported = rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/api/admin/organization/export.xlsx",
        byte[].class);
    assertThat(exported.getStatusCode().value()).isEqualTo(200);
    var unchanged = post(exported.getBody(), true, ADMIN);
    assertThat(unchanged.getStatusCode().value()).as(String.valueOf(unchanged.getBody())).isEqualTo(200);
    assertThat(unchanged.getBody().get("unitsAdded")).isEmpty();
    assertThat(unchanged.getBody().get("unitsClosed")).isEmpty();
    assertThat(unchanged.getBody().get("peopleLeft")).isEmpty();
    assertThat(unchanged.getBody().get("peopleChanged")).isEmpty();
    assertThat(rest.withBasicAuth("noa-barak", "ein-karmit-demo").getForEntity("/api/admin/organization/export.xlsx",
        String.class).getStatusCode().value()).isEqualTo(403);

    String member = aCommitteeMember();
    String schoolsTask = task("dept-schools", "yael-dror");
    String youthTask = task("dept-youth", null);

    // a committee member is missing from the people: refused whole, nothing changed
    var refused = post(workbook(Set.of(member), false), false, ADMIN);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("detail").asText()).contains("הארגון לא נקלט").contains("דבר לא שונה");
    assertThat(refused.getBody().get("errors").toString()).contains(organization.personName(member));
    assertThat(organization.unit("youth")).isPresent();

    // a wrong row: named by its sheet, row and column
    var wrongRow = post(workbookWithAWrongRow(), false, ADMIN);
    assertThat(wrongRow.getStatusCode().value()).isEqualTo(400);
    assertThat(wrongRow.getBody().get("errors").toString()).contains("גיליון 'עובדים'").contains("מחלקת קסמים");

    // the break-glass admin is no employee: HR cannot give it a unit, a name or an e-mail
    var everyoneAndTheAdmin = new StringBuilder("שם משתמש,שם פרטי,שם משפחה,דוא\"ל,יחידה\n");
    original.people().stream().filter(person -> person.unit() != null).forEach(person -> everyoneAndTheAdmin.append(
        String.join(",", person.id(), person.firstName(), person.lastName(), person.email(), person.unit()))
        .append('\n'));
    everyoneAndTheAdmin.append("admin,מנהל,מערכת,it@evil.example,schools\n");
    var adminAsEmployee = post(csv(everyoneAndTheAdmin.toString()), false, ADMIN);
    assertThat(adminAsEmployee.getStatusCode().value()).isEqualTo(400);
    assertThat(adminAsEmployee.getBody().get("errors").toString()).contains("שמור לחשבון החירום");
    assertThat(identity.createUserQuery().userId("admin").singleResult().getEmail()).isNotEqualTo("it@evil.example");

    // only the admins
    assertThat(post(workbook(Set.of(), true), true, "noa-barak").getStatusCode().value()).isEqualTo(403);

    // the preview: what would change, and nothing did
    var preview = post(workbook(Set.of(), true), true, ADMIN);
    assertThat(preview.getStatusCode().value()).isEqualTo(200);
    var previewed = preview.getBody();
    assertThat(previewed.get("applied").asBoolean()).isFalse();
    assertThat(names(previewed.get("unitsClosed"))).containsExactly("מחלקת נוער וצעירים");
    assertThat(names(previewed.get("unitsAdded"))).containsExactly("מחלקת חדשנות עירונית");
    assertThat(previewed.get("managersReplaced").toString()).contains("\"from\":\"yael-dror\"")
        .contains("\"to\":\"dana.kedem\"");
    assertThat(names(previewed.get("peopleAdded"))).containsExactlyInAnyOrder("דנה קדם", "רון בר", "טל לוי");
    assertThat(previewed.get("peopleMoved").toString()).contains("itay-ron");
    assertThat(organization.unit("youth")).isPresent();
    assertThat(identity.createUserQuery().userId("dana.kedem").count()).isZero();

    // put in force
    var applied = post(workbook(Set.of(), true), false, ADMIN);
    assertThat(applied.getStatusCode().value()).isEqualTo(201);
    assertThat(applied.getBody().get("openTasksRerouted").asInt()).as("ours, and any left open by earlier tests")
        .isGreaterThanOrEqualTo(2);
    assertThat(organization.unit("schools").orElseThrow().manager()).isEqualTo("dana.kedem");
    var inForce = rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/api/admin/organization", JsonNode.class)
        .getBody();
    assertThat(inForce.at("/lastImport/by").asText()).isEqualTo(ADMIN);
    assertThat(inForce.at("/lastImport/fileName").asText()).isEqualTo("מבנה ארגוני.xlsx");
    assertThat(organization.unit("youth")).isEmpty();
    assertThat(organization.unitName("youth")).as("earlier cycles' records still read").isEqualTo("מחלקת נוער וצעירים");
    var innovation = organization.unit("4102").orElseThrow();
    assertThat(innovation.parent()).isEqualTo("ceo-office");
    assertThat(innovation.manager()).isEqualTo("ron.bar");
    assertThat(organization.departmentIds()).contains("4102").doesNotContain("youth");

    // the engine: the new people and their groups; Itay moved
    assertThat(groupsOf("dana.kedem")).contains("dept-schools");
    assertThat(groupsOf("ron.bar")).contains("dept-4102");
    assertThat(groupsOf("tal.levi")).contains("dept-schools");
    assertThat(groupsOf("itay-ron")).contains("dept-community").doesNotContain("dept-youth");
    assertThat(groupsOf("yael-dror")).as("still in the schools, no longer their manager").contains("dept-schools");

    // the open tasks followed
    assertThat(tasks.createTaskQuery().taskId(schoolsTask).singleResult().getAssignee()).isEqualTo("dana.kedem");
    assertThat(tasks.createTaskQuery().taskId(youthTask).singleResult().getAssignee()).isEqualTo("orna-katz");
    assertThat(tasks.createTaskQuery().taskId(youthTask).taskCandidateGroup("division-education")
        .includeAssignedTasks().count()).isOne();

    // Tal leaves: her task goes back to the schools; she keeps her name on what she did, not her groups
    String talsTask = task("dept-schools", "tal.levi");
    var left = post(workbook(Set.of(), false), false, ADMIN);
    assertThat(left.getStatusCode().value()).isEqualTo(201);
    assertThat(left.getBody().get("peopleLeft").toString()).contains("tal.levi");
    assertThat(tasks.createTaskQuery().taskId(talsTask).singleResult().getAssignee()).isNull();
    assertThat(identity.createUserQuery().userId("tal.levi").count()).isOne();
    assertThat(groupsOf("tal.levi")).isEmpty();
    assertThat(organization.personName("tal.levi")).isEqualTo("tal.levi");

    // a step that fails half-way (a name longer than the engine keeps, past the file's own checks) leaves all as it was
    var inForceBefore = organization.staffInForce();
    var tooLong = new Person("long.name", "א".repeat(300), "ב", null, "schools", List.of());
    var withIt = new ArrayList<>(inForceBefore.people());
    withIt.add(tooLong);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> changes.apply(
        new Staff(inForceBefore.units(), withIt, Map.of()), ADMIN, "broken.xlsx", Instant.now()))
        .isInstanceOf(RuntimeException.class);
    assertThat(organization.staffInForce()).isEqualTo(inForceBefore);
    assertThat(changes.lastImport().orElseThrow().fileName()).isNotEqualTo("broken.xlsx");
    assertThat(identity.createUserQuery().userId("long.name").count()).isZero();

    // the same workbook again changes nothing
    var again = post(workbook(Set.of(), false), true, ADMIN).getBody();
    assertThat(again.get("unitsAdded")).isEmpty();
    assertThat(again.get("peopleLeft")).isEmpty();
    assertThat(again.get("managersReplaced")).isEmpty();
  }

  /**
   * The organisation in force as HR's workbook: two sheets, a title above each header; Hebrew names throughout, a
   * code for some units; the schools under a new manager, the youth department gone (Itay to the community
   * department), a new department under the CEO's office, the people of {@code leaving} gone, Tal with the schools
   * or not.
   */
  private byte[] workbook(Set<String> leaving, boolean withTal) throws IOException {
    try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var units = book.createSheet("יחידות");
      units.createRow(0).createCell(0).setCellValue("מבנה ארגוני מעודכן - משאבי אנוש");
      row(units, 2, "קוד יחידה", "שם היחידה", "סוג", "יחידת אם", "מנהל/ת היחידה");
      int at = 3;
      for (var unit : original.units()) {
        if (unit.id().equals("youth")) {
          continue;
        }
        String manager = unit.id().equals("schools") ? "dana.kedem"
            : unit.manager() == null ? "" : organization.personName(unit.manager());
        String code = at % 3 == 0 ? unit.id() : "";
        String type = switch (unit.type()) {
          case MUNICIPALITY -> "עירייה";
          case DIVISION -> "אגף";
          case DEPARTMENT -> "מחלקה";
        };
        row(units, at++, code, unit.name(), type, unit.parent() == null ? "" : organization.unitName(unit.parent()),
            manager);
      }
      row(units, at, "4102", "מחלקת חדשנות עירונית", "מחלקה", "לשכת המנכ\"ל", "רון בר");

      var people = book.createSheet("עובדים");
      row(people, 0, "שם משתמש", "שם פרטי", "שם משפחה", "דואר אלקטרוני", "יחידה");
      at = 1;
      for (var person : original.people()) {
        if (person.unit() == null || leaving.contains(person.id())) {
          continue;
        }
        String unit = person.id().equals("itay-ron") ? "מחלקת קהילה ומתנדבים" : organization.unitName(person.unit());
        row(people, at++, person.id(), person.firstName(), person.lastName(), person.email(), unit);
      }
      row(people, at++, "Dana.Kedem", "דנה", "קדם", "dana.kedem@ein-karmit.example", "מחלקת בתי ספר");
      if (withTal) {
        row(people, at++, "tal.levi", "טל", "לוי", "", "schools");
      }
      row(people, at, "ron.bar", "רון", "בר", "ron.bar@ein-karmit.example", "4102");
      book.write(out);
      return out.toByteArray();
    }
  }

  private byte[] workbookWithAWrongRow() throws IOException {
    try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
      var people = book.createSheet("עובדים");
      row(people, 0, "שם משתמש", "שם פרטי", "שם משפחה", "יחידה");
      row(people, 1, "yael-dror", "יעל", "דרור", "מחלקת בתי ספר");
      row(people, 2, "new.person", "חדש", "", "מחלקת קסמים");
      book.createSheet("הערות").createRow(0).createCell(0).setCellValue("גיליון שאינו נקרא");
      book.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] csv(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, String... cells) {
    var row = sheet.createRow(index);
    for (int i = 0; i < cells.length; i++) {
      row.createCell(i).setCellValue(cells[i]);
    }
  }

  private ResponseEntity<JsonNode> post(byte[] workbook, boolean dryRun, String user) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("file", new ByteArrayResource(workbook) {
      @Override
      public String getFilename() {
        return workbook.length > 0 && workbook[0] == 'P' ? "מבנה ארגוני.xlsx" : "עובדים.csv";
      }
    });
    var headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    String password = user.equals(ADMIN) ? ADMIN_PASSWORD : "ein-karmit-demo";
    return rest.withBasicAuth(user, password).postForEntity("/api/admin/organization/import?dryRun=" + dryRun,
        new HttpEntity<>(body, headers), JsonNode.class);
  }

  private String task(String candidateGroup, String assignee) {
    var task = tasks.newTask();
    task.setName("משימה פתוחה של " + candidateGroup);
    task.setAssignee(assignee);
    tasks.saveTask(task);
    tasks.addCandidateGroup(task.getId(), candidateGroup);
    taskIds.add(task.getId());
    return task.getId();
  }

  private String aCommitteeMember() {
    return organization.committees().stream().flatMap(committee -> committee.members().stream())
        .map(Committee.Member::person).filter(id -> !id.equals("yael-dror") && !id.equals("itay-ron"))
        .filter(id -> organization.person(id).map(Person::unit).isPresent()).findFirst().orElseThrow();
  }

  private List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static List<String> names(JsonNode list) {
    var names = new ArrayList<String>();
    list.forEach(item -> names.add(item.get("name").asText()));
    return names;
  }
}
