package org.maagal.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

class OrganizationFileReaderTest {

  final OrganizationFileReader reader = new OrganizationFileReader(new DefaultResourceLoader());

  @Test
  void demoMunicipalityHasTheNineDomainsAndTheCyclesRolesAndCommittees() {
    var organization = new Organization(reader.read("classpath:organization/demo-municipality.yaml"));

    assertThat(organization.domains()).hasSize(9);
    assertThat(organization.departments()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(organization.departments()).allSatisfy(unit -> assertThat(unit.manager()).isNotNull());
    assertThat(organization.domains()).allSatisfy(domain -> assertThat(organization.units())
        .anySatisfy(unit -> assertThat(unit.domains()).contains(domain.id())));
    for (var role : new Role[] {Role.STRATEGY_UNIT, Role.FINANCE, Role.CEO, Role.MAYOR}) {
      assertThat(organization.people()).anySatisfy(person -> assertThat(person.roles()).contains(role));
    }
    assertThat(organization.committees()).extracting(Committee::type)
        .contains(CommitteeType.STEERING, CommitteeType.DESIGN);
    assertThat(organization.committees()).filteredOn(c -> c.type() == CommitteeType.WORKING_TEAM)
        .extracting(Committee::channel).containsExactlyInAnyOrder(Channel.values());
    var design = organization.committees().stream().filter(c -> c.type() == CommitteeType.DESIGN).findFirst().get();
    assertThat(design.members()).extracting(Committee.Member::sector).contains(Sector.values());
  }

  @Test
  void aBrokenFileIsRefusedWithEveryProblemListed() {
    assertThatThrownBy(() -> reader.read("classpath:organization/broken.yaml"))
        .isInstanceOf(InvalidOrganizationFileException.class)
        .hasMessageContaining("unit schools: the id is used twice")
        .hasMessageContaining("unit youth: unknown parent 'education-division'")
        .hasMessageContaining("unit youth: unknown manager 'nobody'")
        .hasMessageContaining("person #1: id 'Dana' must be lower-case")
        .hasMessageContaining("committee design: unknown member 'ghost'")
        .hasMessageContaining("committee team: a working team needs a channel");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> reader.read("classpath:organization/none.yaml"))
        .hasMessageContaining("organization/none.yaml").hasMessageContaining("does not exist");
  }

  @Test
  void anUnknownFieldIsATypoNotSilence() {
    assertThatThrownBy(() -> reader.read("classpath:organization/typo.yaml"))
        .isInstanceOf(InvalidOrganizationFileException.class).hasMessageContaining("manger");
  }
}
