/**
 * The annual planning cycle (מעגל התכנון השנתי): one per year, a JPA entity linked to its
 * {@code annual-planning-cycle} process instance, which runs the five phases in order.
 */
@ApplicationModule(displayName = "Annual planning cycle", allowedDependencies = {"api", "facts"})
package org.maagal.cycle;

import org.springframework.modulith.ApplicationModule;
