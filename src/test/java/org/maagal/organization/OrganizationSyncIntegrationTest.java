package org.maagal.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.maagal.MaagalIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;

@MaagalIntegrationTest
class OrganizationSyncIntegrationTest {

  @Autowired
  EngineIdentitySync sync;
  @Autowired
  Organization demo;
  @Autowired
  IdentityService identity;
  @Autowired
  AuthorizationService authorizations;
  @Autowired
  ResourceLoader resources;

  @Test
  void demoMunicipalityIsInTheEngineAfterStart() {
    assertThat(identity.createGroupQuery().groupId("dept-schools").singleResult().getName()).isEqualTo("מחלקת בתי ספר");
    assertThat(identity.createGroupQuery().groupMember("yael-dror").list()).extracting("id")
        .contains("dept-schools", "committee-team-educational");
    assertThat(identity.createGroupQuery().groupMember("noa-barak").list()).extracting("id")
        .contains("dept-strategy", "strategy-unit", "committee-design", "committee-steering");
    assertThat(identity.checkPassword("yael-dror", "ein-karmit-demo")).isTrue();
  }

  @Test
  void runningTheSyncAgainChangesNothingAndDuplicatesNothing() {
    long users = identity.createUserQuery().count();
    long groups = identity.createGroupQuery().count();
    long grants = authorizations.createAuthorizationQuery().count();

    var report = sync.synchronize(demo, "ein-karmit-demo");

    assertThat(report.changedNothing()).isTrue();
    assertThat(identity.createUserQuery().count()).isEqualTo(users);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(identity.createGroupQuery().groupMember("yael-dror").count()).isEqualTo(2);
  }

  @Test
  void aDepartmentAddedToTheFileAppearsAndNothingIsDeleted() {
    var grown = new Organization(new OrganizationFileReader(resources)
        .read("classpath:organization/demo-with-new-department.yaml"));
    long usersBefore = identity.createUserQuery().count();

    var first = sync.synchronize(grown, "ein-karmit-demo");
    var second = sync.synchronize(grown, "ein-karmit-demo");

    assertThat(first.groupsCreated()).isEqualTo(1);
    assertThat(first.usersCreated()).isEqualTo(1);
    assertThat(second.changedNothing()).isTrue();
    assertThat(identity.createGroupQuery().groupId("dept-water").singleResult().getName()).isEqualTo("מחלקת מים וביוב");
    assertThat(identity.createUserQuery().memberOfGroup("dept-water").singleResult().getId()).isEqualTo("avi-test");
    // the grown file lacks most of the demo people: they stay
    assertThat(identity.createUserQuery().count()).isEqualTo(usersBefore + 1);
    assertThat(identity.createUserQuery().userId("yael-dror").count()).isEqualTo(1);
  }
}
