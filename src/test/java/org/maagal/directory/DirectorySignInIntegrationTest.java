package org.maagal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.maagal.WebappSession;
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
class DirectorySignInIntegrationTest {

  static final String BASE = "dc=ein-karmit,dc=example";
  static final String PEOPLE = "ou=people," + BASE;
  static final String GROUPS = "ou=groups," + BASE;
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
  }

  @Test
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
