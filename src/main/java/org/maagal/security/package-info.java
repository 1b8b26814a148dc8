/**
 * Web and engine security: who may call {@code /api}, the pages, {@code /engine-rest} and actuator, how a
 * login is checked against the engine's identity store or taken from the web apps' session (with their
 * CSRF token on every change), and the settings a production start refuses.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"clock", "forms", "organization"})
package org.maagal.security;

import org.springframework.modulith.ApplicationModule;
