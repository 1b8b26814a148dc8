/**
 * Phase 1 of the cycle, the situation assessment (הערכת מצב): each department's assessment and its
 * review by the strategy unit, the research desk's city data and surveys, and each working team's
 * picture of its channel with the scored rubric (מחוון). Stored per cycle; nothing is overwritten.
 */
@ApplicationModule(displayName = "Situation assessment (phase 1)", allowedDependencies = {
    "api", "facts", "forms", "organization", "reviewing"})
package org.maagal.assessment;

import org.springframework.modulith.ApplicationModule;
