package org.maagal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldif.LDIFReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.organization.Staff;
import org.maagal.organization.Unit;
import org.maagal.organization.UnitType;
import org.maagal.personnel.StaffReading;

/**
 * The demo directory of deploy/directory/ein-karmit.ldif, which compose.directory.yaml gives OpenLDAP: OpenLDAP's
 * standard schema takes it (the server here checks the same), its people sign in with the demo password and the head
 * of IT is in the admins' group, and read as the organisation it changes nothing of the demo organisation file's
 * units and people. A change to the demo organisation file without the same change to the directory fails here.
 */
class DemoDirectoryTest {

  static final String BASE = "dc=ein-karmit,dc=example";
  static final String MUNICIPALITY = "ou=עיריית עין כרמית," + BASE;

  InMemoryDirectoryServer server;

  @BeforeEach
  void startOpenLdapsLikeness() throws Exception {
    // the standard schema, as OpenLDAP's: an entry it would refuse is refused here
    server = new InMemoryDirectoryServer(new InMemoryDirectoryServerConfig(BASE));
    server.add(new Entry(BASE, new com.unboundid.ldap.sdk.Attribute("objectClass", "top", "domain"),
        new com.unboundid.ldap.sdk.Attribute("dc", "ein-karmit")));
    try (var ldif = new LDIFReader(Path.of("deploy", "directory", "ein-karmit.ldif").toFile())) {
      server.importFromLDIF(false, ldif);
    }
    server.startListening();
  }

  @AfterEach
  void stopIt() {
    server.shutDown(true);
  }

  @Test
  void itsPeopleSignInWithTheDemoPasswordAndTheHeadOfItIsAnAdmin() {
    var directory = new Directory(settings());
    assertThat(directory.accepts("noa-barak", "ein-karmit-demo")).isTrue();
    assertThat(directory.accepts("noa-barak", "wrong-password")).isFalse();
    var people = directory.people();
    assertThat(people).hasSize(demoStaff().people().stream().filter(person -> person.unit() != null).toList().size());
    assertThat(people).filteredOn(person -> !person.groups().isEmpty()).extracting(DirectoryPerson::id)
        .containsExactly("roee-kedem");
  }

  @Test
  void readAsTheOrganisationItIsTheDemoOrganisationFilesUnitsAndPeople() throws Exception {
    var demo = demoStaff();
    var organization = mock(Organization.class);
    when(organization.staffInForce()).thenReturn(demo);
    var settings = settings();
    var entries = new DirectoryOrganization(new Directory(settings), settings).read();

    var read = StaffReading.read(entries.units(), entries.people(), organization);

    assertThat(read.problems()).isEmpty();
    assertThat(read.staff().units()).containsExactlyInAnyOrderElementsOf(demo.units());
    assertThat(read.staff().people()).containsExactlyInAnyOrderElementsOf(demo.people());
  }

  /** The ldap profile's settings as compose.directory.yaml gives them. */
  private DirectoryProperties settings() {
    return new DirectoryProperties("ldap://localhost:" + server.getListenPort(), null, null, MUNICIPALITY, null,
        null, null, null, null, "ou=groups," + BASE, null, null, null,
        List.of(new GroupMapping("Maagal Admins", List.of("camunda-admin"))), null, null, null,
        new DirectoryProperties.Units(MUNICIPALITY, null, null, null, null, "manager"));
  }

  /** The units and people of the demo organisation file (roles aside: the directory has none to give). */
  private static Staff demoStaff() {
    try (var in = DemoDirectoryTest.class.getResourceAsStream("/organization/demo-municipality.yaml")) {
      JsonNode file = new ObjectMapper(new YAMLFactory()).readTree(in);
      var units = new ArrayList<Unit>();
      for (var unit : file.get("units")) {
        var domains = new ArrayList<String>();
        unit.path("domains").forEach(domain -> domains.add(domain.asText()));
        units.add(new Unit(unit.get("id").asText(), UnitType.valueOf(unit.get("type").asText().toUpperCase(Locale.ROOT)),
            unit.get("name").asText(), text(unit, "parent"), text(unit, "manager"), domains));
      }
      var people = new ArrayList<Person>();
      for (var person : file.get("people")) {
        people.add(new Person(person.get("id").asText(), person.get("firstName").asText(),
            person.get("lastName").asText(), text(person, "email"), text(person, "unit"), List.of()));
      }
      return new Staff(units, people, Map.of());
    } catch (java.io.IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : null;
  }
}
