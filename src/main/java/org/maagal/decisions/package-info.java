/**
 * The decision tables of {@code processes/} (DMN) as the features evaluate them: always the newest
 * deployed version, so that a table the strategy unit changes and redeploys takes effect at once.
 */
@ApplicationModule(displayName = "Decision tables (DMN)", allowedDependencies = {"caching"})
package org.maagal.decisions;

import org.springframework.modulith.ApplicationModule;
