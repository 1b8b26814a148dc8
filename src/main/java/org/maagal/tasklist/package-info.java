/**
 * Camunda Tasklist made for the municipality's people: shared task filters per role, created on
 * start-up, and the Hebrew, right-to-left, branded web app configuration. Its login is the one login of all
 * Maagal's pages: its script {@code maagal/landing.js} then goes back to the page that sent the person to log in,
 * or on to the dashboard for the strategy unit, the CEO and the mayor ({@code dashboard.LandingController}).
 */
@ApplicationModule(displayName = "Tasklist set-up", allowedDependencies = {"cycle", "organization"})
package org.maagal.tasklist;

import org.springframework.modulith.ApplicationModule;
