/**
 * Web and engine security: who may call {@code /api}, {@code /engine-rest} and actuator, how a
 * login is checked against the engine's identity store, and the settings a production start refuses.
 */
package org.maagal.security;
