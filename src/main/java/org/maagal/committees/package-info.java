/**
 * Committee decisions: the design committee's votes (one task per member, every vote equal, a
 * majority of a configurable quorum, a tie goes to another round) and the steering committee's
 * approvals or returns, each kept with who decided, when and why.
 */
@ApplicationModule(displayName = "Committee decisions", allowedDependencies = {
    "api", "facts", "forms", "goals", "meetings", "organization"})
package org.maagal.committees;

import org.springframework.modulith.ApplicationModule;
