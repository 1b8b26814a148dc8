package org.maagal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Each top-level package is a feature module that uses others only through their public API, without cycles. */
class ModuleStructureTest {

  @Test
  void featuresDependOnEachOtherOnlyThroughTheirPublicApi() {
    ApplicationModules.of(MaagalApplication.class).verify();
  }
}
