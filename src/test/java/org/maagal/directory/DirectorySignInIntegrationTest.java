package org.maagal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.RDN;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
import org.maagal.organization.Organization;
import org.maagal.organization.Unit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The municipality's people sign in with their directory password, to Tasklist, to the engine's REST API and to
 * ours, and get their work from their directory groups; the engine's own accounts sign in beside them. The directory
 * is a real LDAP server, in this process, with people and groups as a municipality's IT keeps them (Hebrew group
 * names, a service account that reads). Its own application, in a JVM of its own (the {@code processes} execution
 * of the build): the engine registers itself once a JVM, and the other tests' shared application has no directory.
 */
@MaagalIntegrationTest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectorySignInIntegrationTest {

  static final String BASE = "dc=ein-karmit,dc=example";
  static final String PEOPLE = "ou=people," + BASE;
  static final String GROUPS = "ou=groups," + BASE;
  /** Where IT keeps the organisation: an OU for the municipality, and under it an OU for each of its units. */
  static final String MUNICIPALITY = "ou=עיריית עין כרמית," + BASE;
  static final String SCHOOLS = "מנהלי בתי ספר";
  static final String STRATEGY = "תכנון אסטרטגי";
  static final String DANA_PASSWORD = "Kedem-2026-directory";
  static final String OMER_PASSWORD = "Sela-2026-directory";
  static final InMemoryDirectoryServer directory = startDirectory();

  @LocalServerPort
  int port;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  IdentityService identity;
  @Autowired
  org.maagal.clock.ApplicationClock clock;
  @Autowired
  Organization organization;

  @DynamicPropertySource
  static void theDirectory(DynamicPropertyRegistry settings) {
    settings.add("maagal.directory.url", () -> "ldap://localhost:" + directory.getListenPort());
    settings.add("maagal.directory.bind-dn", () -> "uid=maagal-reader,ou=services," + BASE);
    settings.add("maagal.directory.bind-password", () -> "reader-secret-for-tests");
    settings.add("maagal.directory.user-base", () -> PEOPLE);
    settings.add("maagal.directory.group-base", () -> GROUPS);
    settings.add("maagal.directory.groups[0].directory", () -> SCHOOLS);
    settings.add("maagal.directory.groups[0].maagal", () -> "dept-schools");
    settings.add("maagal.directory.groups[1].directory", () -> STRATEGY);
    settings.add("maagal.directory.groups[1].maagal", () -> "dept-strategy,strategy-unit");
    settings.add("maagal.directory.units.base", () -> MUNICIPALITY);
    // OpenLDAP's standard schema gives an OU no managedBy (Active Directory's): this directory names the manager so
    settings.add("maagal.directory.units.manager-attribute", () -> "manager");
  }

  @Test
  @Order(1)
  void directoryPeopleSignInEverywhereWithTheirWorkFromTheirGroupsUntilTheyLeave() throws Exception {
    // read at start: names, e-mail and groups as the directory has them, no password of the engine's
    var dana = identity.createUserQuery().userId("dana.kedem").singleResult();
    assertThat(dana.getFirstName()).isEqualTo("דנה");
    assertThat(dana.getEmail()).isEqualTo("dana.kedem@ein-karmit.example");
    assertThat(groupsOf("dana.kedem")).contains("dept-schools").doesNotContain("strategy-unit");
    assertThat(groupsOf("omer.sela")).contains("dept-strategy", "strategy-unit");
    assertThat(identity.createUserQuery().userId("guy.nahum").count()).as("in no mapped group, still a user")
        .isOne();

    // our API with HTTP Basic: the directory's password, nothing else
    assertThat(status("dana.kedem", DANA_PASSWORD, "/api/me/notifications")).isEqualTo(200);
    assertThat(status("dana.kedem", "Kedem-2025-old", "/api/me/notifications")).isEqualTo(401);
    assertThat(status("dana.kedem", "", "/api/me/notifications")).as("an empty password is no login")
        .isEqualTo(401);
    assertThat(status("*", DANA_PASSWORD, "/api/me/notifications")).as("a filter is no user name").isEqualTo(401);
    assertThat(status("dana.kedem)(uid=*", DANA_PASSWORD, "/api/me/notifications")).isEqualTo(401);
    pastTheWaitAfterAWrongPassword();
    assertThat(status("dana.kedem", DANA_PASSWORD, "/api/notifications/outbox")).as("not the strategy unit")
        .isEqualTo(403);
    // the engine's REST API, and the web apps' login
    assertThat(status("dana.kedem", DANA_PASSWORD, "/engine-rest/task?candidateGroup=dept-schools&maxResults=50")).isEqualTo(200);
    assertThat(new WebappSession(port).login("dana.kedem", DANA_PASSWORD, "tasklist")).isEqualTo(200);
    assertThat(new WebappSession(port).login("dana.kedem", DANA_PASSWORD, "cockpit")).isEqualTo(403);
    assertThat(new WebappSession(port).login("dana.kedem", "wrong-password-1", "tasklist")).isEqualTo(401);
    pastTheWaitAfterAWrongPassword();
    assertThat(new WebappSession(port).login("omer.sela", OMER_PASSWORD, "cockpit")).isEqualTo(200);
    // the engine's own accounts beside the directory: the break-glass admin, the demo's people; a directory entry
    // with the id of one of them takes nothing of it, neither its password nor its e-mail nor its groups
    assertThat(status("admin", "city-hall-keys", "/api/me/notifications")).isEqualTo(200);
    assertThat(status("noa-barak", "ein-karmit-demo", "/api/me/notifications")).isEqualTo(200);
    assertThat(status("noa-barak", "Directory-noa-2026", "/api/me/notifications")).isEqualTo(401);
    pastTheWaitAfterAWrongPassword();
    assertThat(identity.createUserQuery().userId("noa-barak").singleResult().getEmail())
        .isEqualTo("noa-barak@ein-karmit.example");
    assertThat(groupsOf("noa-barak")).contains("strategy-unit").doesNotContain("dept-schools");

    // IT changes the directory: Dana moves to the strategy unit, Omer leaves; an admin has it read at once
    directory.modify("cn=" + SCHOOLS + "," + GROUPS,
        new Modification(ModificationType.DELETE, "member", "uid=dana.kedem," + PEOPLE));
    directory.modify("cn=" + STRATEGY + "," + GROUPS,
        new Modification(ModificationType.ADD, "member", "uid=dana.kedem," + PEOPLE),
        new Modification(ModificationType.DELETE, "member", "uid=omer.sela," + PEOPLE));
    directory.delete("uid=omer.sela," + PEOPLE);
    assertThat(send("dana.kedem", DANA_PASSWORD, HttpMethod.POST, "/api/admin/directory/sync").getStatusCode()
        .value()).as("only an admin").isEqualTo(403);
    var read = send("admin", "city-hall-keys", HttpMethod.POST, "/api/admin/directory/sync");
    assertThat(read.getStatusCode().value()).isEqualTo(200);
    assertThat(read.getBody().get("left")).extracting(JsonNode::asText).containsExactly("omer.sela");
    assertThat(read.getBody().get("skipped")).as("the engine's own account; a space is no user id")
        .extracting(JsonNode::asText).containsExactly("noa-barak", "ronit levi");
    assertThat(groupsOf("dana.kedem")).contains("strategy-unit", "dept-strategy").doesNotContain("dept-schools");
    assertThat(new WebappSession(port).login("dana.kedem", DANA_PASSWORD, "cockpit")).isEqualTo(200);
    assertThat(status("omer.sela", OMER_PASSWORD, "/api/me/notifications")).as("gone, a moment after a right login")
        .isEqualTo(401);
    assertThat(identity.createUserQuery().userId("omer.sela").count()).isZero();

    // the directory does not answer: its people cannot sign in and are not locked for it; the engine's own accounts
    // sign in as ever (one that has not signed in before here, so nothing is remembered)
    directory.shutDown("ldap", true);
    try {
      assertThat(status("guy.nahum", "Nahum-2026-directory", "/api/me/notifications")).isEqualTo(401);
      assertThat(status("yael-dror", "ein-karmit-demo", "/api/me/notifications")).isEqualTo(200);
      var unavailable = send("admin", "city-hall-keys", HttpMethod.POST, "/api/admin/directory/sync");
      assertThat(unavailable.getStatusCode().value()).isEqualTo(503);
      assertThat(groupsOf("dana.kedem")).as("nothing changed").contains("strategy-unit");
    } finally {
      directory.startListening("ldap");
    }
    assertThat(status("guy.nahum", "Nahum-2026-directory", "/api/me/notifications")).isEqualTo(200);
  }

  @Test
  @Order(2)
  void theOrganisationIsReadFromTheDirectorysUnitsPreviewedAndPutInForce() throws Exception {
    // IT keeps the organisation in force in the directory: an OU for each unit, each person in theirs, each manager
    Map<String, DN> units = new HashMap<>();
    var staff = organization.staffInForce();
    var city = staff.units().stream().filter(unit -> unit.parent() == null).findFirst().orElseThrow();
    units.put(city.id(), new DN(MUNICIPALITY));
    while (units.size() < staff.units().size()) {
      staff.units().stream().filter(unit -> !units.containsKey(unit.id()) && units.containsKey(unit.parent()))
          .forEach(unit -> units.put(unit.id(), new DN(new RDN("ou", unit.name()), units.get(unit.parent()))));
    }
    Map<String, DN> people = new HashMap<>();
    staff.people().stream().filter(person -> person.unit() != null)
        .forEach(person -> people.put(person.id(), new DN(new RDN("uid", person.id()), units.get(person.unit()))));
    for (Unit unit : staff.units().stream().sorted(java.util.Comparator.comparingInt(unit -> units.get(unit.id())
        .getRDNs().length)).toList()) {
      addUnit(units.get(unit.id()), unit.name(), people.get(unit.manager()));
    }
    staff.people().stream().filter(person -> person.unit() != null).forEach(person -> addPerson(people.get(
        person.id()), person.id(), person.firstName(), person.lastName(), person.email()));

    var asItIs = send("admin", "city-hall-keys", HttpMethod.POST, "/api/admin/directory/organization?dryRun=true");
    assertThat(asItIs.getStatusCode().value()).as(String.valueOf(asItIs.getBody())).isEqualTo(200);
    for (String nothing : new String[] {"unitsAdded", "unitsRenamed", "unitsMoved", "unitsClosed", "managersReplaced",
        "peopleAdded", "peopleMoved", "peopleChanged", "peopleLeft"}) {
      assertThat(asItIs.getBody().get(nothing)).as(nothing + " of the organisation as it is").isEmpty();
    }

    // IT opens a department under the education division, with a new manager, and gives the schools a new one
    var schools = units.get("schools");
    var smartCities = new DN(new RDN("ou", "מחלקת ערים חכמות"), units.get("education"));
    var newManager = new DN(new RDN("uid", "rona.bar"), smartCities);
    addUnit(smartCities, "מחלקת ערים חכמות", newManager);
    addPerson(newManager, "rona.bar", "רונה", "בר", "rona.bar@ein-karmit.example");
    var schoolsManager = new DN(new RDN("uid", "tal.eden"), schools);
    addPerson(schoolsManager, "tal.eden", "טל", "עדן", "tal.eden@ein-karmit.example");
    directory.modify(schools.toString(), new Modification(ModificationType.REPLACE, "manager",
        schoolsManager.toString()));

    var preview = send("admin", "city-hall-keys", HttpMethod.POST, "/api/admin/directory/organization?dryRun=true");
    assertThat(preview.getStatusCode().value()).as(String.valueOf(preview.getBody())).isEqualTo(200);
    assertThat(preview.getBody().get("applied").asBoolean()).isFalse();
    assertThat(preview.getBody().get("unitsAdded").findValuesAsText("name")).containsExactly("מחלקת ערים חכמות");
    assertThat(preview.getBody().get("managersReplaced").findValuesAsText("to")).containsExactly("tal.eden");
    assertThat(preview.getBody().get("peopleAdded").findValuesAsText("id"))
        .containsExactlyInAnyOrder("rona.bar", "tal.eden");
    assertThat(preview.getBody().get("unitsClosed")).isEmpty();
    assertThat(groupsOf("tal.eden")).as("a preview changes nothing").isEmpty();
    assertThat(send("noa-barak", "ein-karmit-demo", HttpMethod.POST, "/api/admin/directory/organization")
        .getStatusCode().value()).as("only an admin").isEqualTo(403);

    var applied = send("admin", "city-hall-keys", HttpMethod.POST, "/api/admin/directory/organization");
    assertThat(applied.getStatusCode().value()).as(String.valueOf(applied.getBody())).isEqualTo(201);
    String newUnit = applied.getBody().get("unitsAdded").get(0).get("id").asText();
    assertThat(organization.unit(newUnit).orElseThrow().parent()).isEqualTo("education");
    assertThat(groupsOf("tal.eden")).contains("dept-schools");
    assertThat(groupsOf("rona.bar")).contains("dept-" + newUnit);
    var inForce = send("admin", "city-hall-keys", HttpMethod.GET, "/api/admin/organization");
    assertThat(inForce.getBody().get("lastImport").get("fileName").asText()).isEqualTo("המדריך (LDAP)");

    // an entry IT left half written: refused whole, named by its entry and attribute, nothing changes
    directory.modify(schoolsManager.toString(), new Modification(ModificationType.REPLACE, "mail", "tal.eden at city"));
    var refused = send("admin", "city-hall-keys", HttpMethod.POST, "/api/admin/directory/organization");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().get("errors").get(0).asText())
        .isEqualTo("ברשומה " + schoolsManager + ", התכונה mail: כתובת הדוא\"ל \"tal.eden at city\" אינה תקינה");
    assertThat(refused.getBody().get("detail").asText()).contains("דבר לא שונה", "תקנו את הרשומות במדריך");
    assertThat(send("admin", "city-hall-keys", HttpMethod.GET, "/api/admin/organization").getBody())
        .as("the same version in force").isEqualTo(inForce.getBody());
  }

  @Test
  @Order(3)
  void aDirectoryThatAnswersNobodyChangesNothingAndTheAdminIsToldWhatToCheck() throws Exception {
    var before = groupsOf("dana.kedem");
    // IT points the people's base at an emptied branch: every entry under ou=people gone
    for (var person : directory.search(PEOPLE, com.unboundid.ldap.sdk.SearchScope.ONE, "(objectClass=*)")
        .getSearchEntries()) {
      directory.delete(person.getDN());
    }

    var read = send("admin", "city-hall-keys", HttpMethod.POST, "/api/admin/directory/sync");

    assertThat(read.getStatusCode().value()).isEqualTo(422);
    assertThat(read.getBody().get("detail").asText()).contains("לא נקרא ולא שונה דבר", "המסנן");
    assertThat(identity.createUserQuery().userId("dana.kedem").count()).as("nobody removed").isOne();
    assertThat(groupsOf("dana.kedem")).isEqualTo(before);
  }

  /** An OU of the municipality, with its manager's entry (none: null). */
  private void addUnit(DN name, String unitName, DN manager) throws Exception {
    var entry = new Entry(name);
    entry.addAttribute("objectClass", "top", "organizationalUnit", "extensibleObject");
    entry.addAttribute("ou", unitName);
    if (manager != null) {
      entry.addAttribute("manager", manager.toString());
    }
    directory.add(entry);
  }

  private void addPerson(DN name, String id, String firstName, String lastName, String email) {
    var person = new Entry(name);
    person.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
    person.addAttribute("uid", id);
    person.addAttribute("cn", firstName + " " + lastName);
    person.addAttribute("givenName", firstName);
    person.addAttribute("sn", lastName);
    if (email != null) {
      person.addAttribute("mail", email);
    }
    try {
      directory.add(person);
    } catch (com.unboundid.ldap.sdk.LDAPException refused) {
      throw new IllegalStateException(refused);
    }
  }

  /** The engine makes a user wait a few seconds after a wrong password, a right one included. */
  private void pastTheWaitAfterAWrongPassword() {
    clock.moveForward(java.time.Duration.ofMinutes(2));
  }

  private java.util.List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private int status(String user, String password, String path) {
    return send(user, password, HttpMethod.GET, path).getStatusCode().value();
  }

  private org.springframework.http.ResponseEntity<JsonNode> send(String user, String password, HttpMethod method,
      String path) {
    var headers = new HttpHeaders();
    headers.setBasicAuth(user, password, java.nio.charset.StandardCharsets.UTF_8);
    return rest.exchange(path, method, new HttpEntity<>(headers), JsonNode.class);
  }

  private static InMemoryDirectoryServer startDirectory() {
    try {
      var config = new InMemoryDirectoryServerConfig(BASE);
      int port;
      try (var free = new java.net.ServerSocket(0)) {
        port = free.getLocalPort();
      }
      // a port of its own, so that the server listens on it again after the test stops it
      config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
      var server = new InMemoryDirectoryServer(config);
      server.importFromLDIF(true, new com.unboundid.ldif.LDIFReader(
          DirectorySignInIntegrationTest.class.getResourceAsStream("/directory/ein-karmit.ldif")));
      server.startListening();
      return server;
    } catch (Exception cannotStart) {
      throw new IllegalStateException("the in-process LDAP server did not start", cannotStart);
    }
  }

  @AfterAll
  static void stopDirectory() {
    directory.shutDown(true);
  }
}
