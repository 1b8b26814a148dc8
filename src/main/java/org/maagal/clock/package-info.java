/** The application's one clock, shared with the engine: see {@link org.maagal.clock.ApplicationClock}. */
@ApplicationModule(displayName = "Application clock", allowedDependencies = {})
package org.maagal.clock;

import org.springframework.modulith.ApplicationModule;
