package org.maagal.organization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Synchronises the organisation into the engine on every start. */
@Component
class OrganizationStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganizationStartup.class);

  private final Organization organization;
  private final EngineIdentitySync sync;
  private final OrganizationProperties properties;

  OrganizationStartup(Organization organization, EngineIdentitySync sync, OrganizationProperties properties) {
    this.organization = organization;
    this.sync = sync;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    var report = sync.synchronize(organization, properties.initialPassword());
    log.info("Organisation synchronised into the engine: {} users, {} groups, {} memberships, {} grants written",
        report.usersCreated(), report.groupsCreated(), report.membershipsCreated(), report.grantsWritten());
  }
}
