package org.maagal.directory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maagal.organization.Organization;
import org.maagal.organization.Unit;
import org.maagal.organization.UnitType;

/** A mistake in the directory's settings stops the start and says what to mend. */
class DirectorySettingsTest {

  final Organization organization = organizationWithSchools();

  @Test
  void aMappingToUnitsAndRolesTheOrganisationHasStarts() {
    var settings = settings("(objectClass=inetOrgPerson)", List.of(
        new GroupMapping("מנהלי בתי ספר", List.of("dept-schools")),
        new GroupMapping("Maagal Admins", List.of("camunda-admin", "strategy-unit"))));

    assertThatCode(() -> DirectoryConfiguration.check(settings, organization)).doesNotThrowAnyException();
  }

  @Test
  void everyMistakeIsNamedAtOnce() {
    var settings = settings("(objectClass=inetOrgPerson", List.of(
        new GroupMapping("מנהלי בתי ספר", List.of("dept-school")),
        new GroupMapping(" ", List.of("strategy-unit"))));

    assertThatThrownBy(() -> DirectoryConfiguration.check(settings, organization))
        .hasMessageContaining("not an LDAP filter: (objectClass=inetOrgPerson")
        .hasMessageContaining("maps 'מנהלי בתי ספר' to 'dept-school', which is no unit, committee or role")
        .hasMessageContaining("names no directory group");
  }

  @Test
  void withoutAnyMappingNobodyWouldGetWork() {
    assertThatThrownBy(() -> DirectoryConfiguration.check(settings("(objectClass=person)", List.of()), organization))
        .hasMessageContaining("maps no directory group");
  }

  private static DirectoryProperties settings(String userFilter, List<GroupMapping> groups) {
    return new DirectoryProperties("ldap://localhost:389", null, null, "ou=people,dc=example", userFilter, null, null,
        null, null, null, null, null, null, groups, null, null, null, null);
  }

  private static Organization organizationWithSchools() {
    var organization = mock(Organization.class);
    when(organization.units()).thenReturn(List.of(new Unit("schools", UnitType.DEPARTMENT, "מחלקת בתי ספר", null,
        null, List.of())));
    when(organization.committees()).thenReturn(List.of());
    return organization;
  }
}
