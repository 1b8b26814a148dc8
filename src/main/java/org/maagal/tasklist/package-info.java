/**
 * Camunda Tasklist made for the municipality's people: shared task filters per role, created on
 * start-up, and the Hebrew, right-to-left, branded web app configuration.
 */
package org.maagal.tasklist;
