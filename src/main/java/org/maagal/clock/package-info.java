/** The application's one clock, shared with the engine: see {@link org.maagal.clock.ApplicationClock}. */
package org.maagal.clock;
