/**
 * The one life of everything the municipality reviews (work plans, measurement reports, situation
 * assessments, and later plan amendments and minutes): a version is a draft, is submitted, and is either
 * approved or returned; a returned version is kept as it was and the next version, its copy, is the new
 * draft. {@link org.maagal.reviewing.ReviewStatus} is the one vocabulary of its statuses, with their Hebrew
 * names; {@link org.maagal.reviewing.ReviewedVersion} is the part of an entity that lives it and refuses a
 * change its status does not allow. Each feature keeps its own steps on top (a work plan's reviews by the
 * strategy unit, finance and the CEO) and who may act at each.
 *
 * <p>Depends only on {@code api} (problem details) and {@code forms} (a form's refusal); features depend on it.
 */
@ApplicationModule(displayName = "Reviewed versions", allowedDependencies = {"api", "forms"})
package org.maagal.reviewing;

import org.springframework.modulith.ApplicationModule;
