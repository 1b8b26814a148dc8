package org.maagal.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Synchronises the organisation into the engine on every start, HR's newest import of its units and people in force. */
@Component
class OrganizationStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganizationStartup.class);

  private final Organization organization;
  private final EngineIdentitySync sync;
  private final OrganizationProperties properties;
  private final OrganizationChanges changes;

  OrganizationStartup(Organization organization, EngineIdentitySync sync, OrganizationProperties properties,
      OrganizationChanges changes) {
    this.organization = organization;
    this.sync = sync;
    this.properties = properties;
    this.changes = changes;
  }

  /** The whole organisation, with HR's newest import of its units and people when there is one (synchronised once). */
  @Override
  public void run(ApplicationArguments args) {
    var report = changes.takeNewest().orElseGet(() -> sync.synchronize(organization, properties.initialPassword()));
    changes.lookForNewerEveryMinute();
    log.info("Organisation synchronised into the engine: {} users, {} groups, {} memberships, {} grants written",
        report.usersCreated(), report.groupsCreated(), report.membershipsCreated(), report.grantsWritten());
  }
}
