package org.maagal.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.maagal.organization.Organization;
import org.maagal.organization.Person;
import org.maagal.organization.Role;
import org.maagal.organization.Staff;
import org.maagal.organization.Unit;
import org.maagal.organization.UnitType;
import org.maagal.personnel.StaffReading;

/**
 * The organisation read from the directory's organisational units, against a real LDAP server in this process with the
 * OUs as a municipality's IT keeps them (Hebrew names, Active Directory's managedBy): the units it had keep their ids
 * and types, new ones take their place under the OU above them (a division when units are under it), each person
 * works in their OU, and a wrong entry is named with its attribute. The organisation in force is the boundary
 * ({@code staffInForce}), as in {@code PersonnelFileTest}; putting it in force is {@code DirectorySignInIntegrationTest}'s.
 */
class DirectoryOrganizationTest {

  static final String BASE = "dc=ein-karmit,dc=example";
  static final String MUNICIPALITY = "ou=עיריית עין כרמית," + BASE;
  static final String SCHOOLS = "ou=מחלקת בתי ספר,ou=אגף החינוך," + MUNICIPALITY;
  static final String YOUTH = "ou=מחלקת נוער וצעירים,ou=אגף החינוך," + MUNICIPALITY;

  InMemoryDirectoryServer server;
  Organization organization = organization();

  @BeforeEach
  void startTheDirectory() throws Exception {
    var config = new InMemoryDirectoryServerConfig(BASE);
    // Active Directory's managedBy on an OU, which OpenLDAP's standard schema does not have
    config.setSchema(null);
    server = new InMemoryDirectoryServer(config);
    server.importFromLDIF(true, new LDIFReader(getClass().getResourceAsStream("/directory/ein-karmit-units.ldif")));
    server.startListening();
  }

  @AfterEach
  void stopTheDirectory() {
    server.shutDown(true);
  }

  @Test
  void unitsKeepTheirIdsNewOnesTakeTheirPlaceAndEveryoneWorksInTheirOu() {
    var read = read();

    assertThat(read.problems()).isEmpty();
    Map<String, Unit> units = read.staff().units().stream().collect(Collectors.toMap(Unit::name, Function.identity()));
    assertThat(units).containsOnlyKeys("עיריית עין כרמית", "אגף החינוך", "מחלקת בתי ספר", "מחלקת נוער וצעירים",
        "אגף חדשנות", "מחלקת ערים חכמות");
    assertThat(units.get("עיריית עין כרמית")).isEqualTo(
        new Unit("city", UnitType.MUNICIPALITY, "עיריית עין כרמית", null, "avner.golan", List.of()));
    assertThat(units.get("אגף החינוך")).isEqualTo(
        new Unit("education", UnitType.DIVISION, "אגף החינוך", "city", "orna.katz", List.of()));
    assertThat(units.get("מחלקת בתי ספר")).as("kept its id, type and domains").isEqualTo(
        new Unit("schools", UnitType.DEPARTMENT, "מחלקת בתי ספר", "education", "yael.dror", List.of("education")));
    var innovation = units.get("אגף חדשנות");
    assertThat(innovation.id()).matches("unit-\\d+");
    assertThat(innovation.type()).as("units are under it").isEqualTo(UnitType.DIVISION);
    assertThat(innovation.parent()).isEqualTo("city");
    assertThat(innovation.manager()).isNull();
    var smartCities = units.get("מחלקת ערים חכמות");
    assertThat(smartCities.type()).isEqualTo(UnitType.DEPARTMENT);
    assertThat(smartCities.parent()).isEqualTo(innovation.id());
    assertThat(smartCities.manager()).isEqualTo("omer.sela");

    Map<String, Person> people = read.staff().people().stream()
        .collect(Collectors.toMap(Person::id, Function.identity()));
    assertThat(people).as("the directory's people, and the committee's outside member who is not HR's")
        .containsOnlyKeys("avner.golan", "orna.katz", "yael.dror", "dana.kedem", "itay.ron", "omer.sela", "ofer-lavi");
    assertThat(people.get("dana.kedem")).isEqualTo(new Person("dana.kedem", "דנה", "קדם",
        "dana.kedem@ein-karmit.example", "schools", List.of()));
    assertThat(people.get("yael.dror").roles()).as("kept").containsExactly(Role.STRATEGY_UNIT);
    assertThat(people.get("orna.katz").unit()).isEqualTo("education");
    assertThat(people.get("avner.golan").unit()).isEqualTo("city");
    assertThat(people.get("omer.sela").unit()).isEqualTo(smartCities.id());
    assertThat(people.get("ofer-lavi").unit()).isNull();
  }

  @Test
  void aWrongEntryIsNamedWithItsAttributeAndNothingIsTaken() throws Exception {
    server.modify("uid=dana.kedem," + SCHOOLS, new Modification(ModificationType.DELETE, "sn"));
    server.modify(YOUTH, new Modification(ModificationType.REPLACE, "managedBy", "uid=ghost,ou=contractors," + BASE));

    var read = read();

    assertThat(read.problems()).containsExactlyInAnyOrder(
        "ברשומה uid=dana.kedem," + SCHOOLS + ", התכונה sn: חסר שם המשפחה",
        "ברשומה " + YOUTH + ", התכונה managedBy: המנהל/ת \"uid=ghost,ou=contractors," + BASE
            + "\" אינו/ה בין העובדים (שם משתמש, או שם פרטי ושם משפחה)");
  }

  @Test
  void aBaseOrFilterThatMatchesMoreEntriesThanTheBoundReadsNothing() {
    var settings = settings(5);
    var reading = new DirectoryOrganization(new Directory(settings), settings);

    assertThatThrownBy(reading::read).isInstanceOf(Directory.ImplausibleAnswerException.class)
        .hasMessageContaining("matched more than 5 entries");
  }

  private StaffReading.Read read() {
    var settings = settings(null);
    var entries = new DirectoryOrganization(new Directory(settings), settings).read();
    return StaffReading.read(entries.units(), entries.people(), organization);
  }

  private DirectoryProperties settings(Integer maxPeople) {
    return new DirectoryProperties("ldap://localhost:" + server.getListenPort(), null, null, BASE, null, null,
        null, null, null, null, null, null, null, List.of(), null, null, maxPeople,
        new DirectoryProperties.Units(MUNICIPALITY, null, null, null, null, null));
  }

  /** The organisation in force before the directory is read: the demo's units by their names, a few of its people. */
  private static Organization organization() {
    var organization = mock(Organization.class);
    var units = List.of(new Unit("city", UnitType.MUNICIPALITY, "עיריית עין כרמית", null, "avner.golan", List.of()),
        new Unit("education", UnitType.DIVISION, "אגף החינוך", "city", "orna.katz", List.of()),
        new Unit("schools", UnitType.DEPARTMENT, "מחלקת בתי ספר", "education", "yael.dror", List.of("education")),
        new Unit("youth", UnitType.DEPARTMENT, "מחלקת נוער וצעירים", "education", "itay.ron", List.of("community")));
    var people = List.of(
        new Person("yael.dror", "יעל", "דרור", "yael.dror@ein-karmit.example", "schools", List.of(Role.STRATEGY_UNIT)),
        new Person("ofer-lavi", "עופר", "לביא", "ofer-lavi@residents.example", null, List.of()));
    when(organization.staffInForce()).thenReturn(new Staff(units, people, Map.of()));
    return organization;
  }
}
